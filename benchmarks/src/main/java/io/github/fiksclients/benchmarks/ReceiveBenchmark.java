package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Receiving a large forsendelse through the {@code SvarInnClient} facade: listed and downloaded from a loopback
 * SvarInn, decrypted, unpacked and verified by a fresh JVM with a {@value FacadeReceive#HEAP_MIB} MiB heap, against
 * {@code openssl cms -decrypt} + {@code unzip} + {@code sha256sum} on the same envelope on disk, alternating, with the
 * peak memory of both. Then a larger forsendelse through both once: openssl holds the whole envelope in memory, and
 * its row says whether it completed, in what time and memory, or how it failed. The fixtures are deleted after use.
 */
final class ReceiveBenchmark {

    private static final long MIB = 1024L * 1024;
    private static final long MAX_PEAK_RSS = 128 * MIB;
    private static final double MAX_RATIO_TO_OPENSSL = 0.15;

    private ReceiveBenchmark() {
    }

    /**
     * Makes the forsendelser, runs the benchmark and deletes the files.
     *
     * @param settings the forsendelser's sizes, the rounds, and whether to run the openssl toolchain
     * @return the rows
     * @throws Exception if a receive fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        List<ResultRow> rows = new ArrayList<>(againstOpenssl(settings));
        if (settings.largeSizeMib() > 0) {
            rows.add(large(settings));
        }
        return rows;
    }

    private static List<ResultRow> againstOpenssl(BenchmarkSettings settings) throws Exception {
        long size = settings.sizeMib() * MIB;
        String what = String.format(Locale.ROOT, "SvarInn %d MiB forsendelse (4 files, median of %d): ",
                settings.sizeMib(), settings.receiveRounds());
        // openssl writes the archive and unzip the files next to the envelope: three times the size at most.
        String noRoom = lacksRoom(settings.workDirectory(), 3 * size);
        if (noRoom != null) {
            return List.of(ResultRow.skipped(what + "facade vs openssl", noRoom));
        }
        try (ReceiveFixture fixture = ReceiveFixture.create(settings.workDirectory(), size);
                SvarInnServer server = SvarInnServer.offering(fixture)) {
            boolean cli = settings.cliToolchain() && CliToolchain.isInstalled();
            CliToolchain openssl = new CliToolchain(fixture);
            List<FacadeReceive.Result> facade = new ArrayList<>();
            List<CliToolchain.Outcome> opensslRuns = new ArrayList<>();
            for (int round = 0; round < settings.receiveRounds(); round++) {
                if (cli && round % 2 == 1) {
                    opensslRuns.add(succeeded(openssl));
                }
                facade.add(requireAll(FacadeReceive.run(server, fixture), fixture));
                if (cli && round % 2 == 0) {
                    opensslRuns.add(succeeded(openssl));
                }
            }
            double facadeNanos = Stats.of(facade, FacadeReceive.Result::nanos).median();
            double processNanos = Stats.of(facade, FacadeReceive.Result::processNanos).median();
            long peakRss = facade.stream().mapToLong(FacadeReceive.Result::peakRssBytes).max().orElse(-1);
            String versus = "facade in -Xmx" + FacadeReceive.HEAP_MIB + "m vs openssl cms -decrypt + unzip + sha256sum";
            List<ResultRow> rows = new ArrayList<>();
            if (cli) {
                double opensslNanos = Stats.of(opensslRuns, CliToolchain.Outcome::nanos).median();
                rows.add(ResultRow.compared(what + versus + ", wall time", opensslNanos, facadeNanos, Unit.DURATION,
                        Target.atMost(MAX_RATIO_TO_OPENSSL)));
                rows.add(ResultRow.compared(what + "the same, facade's JVM start included", opensslNanos,
                        processNanos, Unit.DURATION, Target.none()));
                long opensslPeak = opensslRuns.stream().mapToLong(CliToolchain.Outcome::opensslPeakRssBytes).max()
                        .orElse(-1);
                if (opensslPeak >= 0) {
                    rows.add(ResultRow.compared(what + "peak RSS (VmHWM), facade's JVM vs openssl", opensslPeak,
                            peakRss, Unit.BYTES, Target.none()));
                }
            } else {
                rows.add(ResultRow.skipped(what + versus, settings.cliToolchain()
                        ? "openssl, unzip or sha256sum not found; facade took " + Unit.DURATION.format(facadeNanos)
                        : "switched off; facade took " + Unit.DURATION.format(facadeNanos)));
            }
            rows.add(peakRssRow(what + "facade's peak RSS (VmHWM) in -Xmx" + FacadeReceive.HEAP_MIB + "m", peakRss));
            return rows;
        }
    }

    /**
     * Receives the large forsendelse once through the facade and once with the openssl toolchain, which is run rather
     * than assumed to fail: its row says whether it completed, how long it took, and its peak memory.
     */
    private static ResultRow large(BenchmarkSettings settings) throws Exception {
        long size = settings.largeSizeMib() * MIB;
        boolean cli = settings.cliToolchain() && CliToolchain.isInstalled();
        String what = String.format(Locale.ROOT, "SvarInn %d MiB forsendelse (4 files, once each), facade in -Xmx%dm "
                + "vs openssl cms -decrypt + unzip + sha256sum", settings.largeSizeMib(), FacadeReceive.HEAP_MIB);
        // The envelope, then what the facade writes; openssl writes the archive and unzip the files beside it.
        String noRoom = lacksRoom(settings.workDirectory(), (cli ? 3 : 2) * size);
        if (noRoom != null) {
            return ResultRow.skipped(what, noRoom);
        }
        try (ReceiveFixture fixture = ReceiveFixture.create(settings.workDirectory(), size);
                SvarInnServer server = SvarInnServer.offering(fixture)) {
            FacadeReceive.Result result = requireAll(FacadeReceive.run(server, fixture), fixture);
            String baseline = "not run";
            if (cli) {
                CliToolchain openssl = new CliToolchain(fixture);
                CliToolchain.Outcome outcome = openssl.attempt();
                openssl.afterEach();
                baseline = (outcome.succeeded() ? "verified in " : "failed after ")
                        + Unit.DURATION.format(outcome.nanos()) + ", openssl peak RSS "
                        + (outcome.opensslPeakRssBytes() < 0 ? "unknown" : Unit.BYTES.format(outcome.opensslPeakRssBytes()))
                        + (outcome.succeeded() ? "" : ": " + outcome.failure());
            }
            boolean met = result.peakRssBytes() >= 0 && result.peakRssBytes() <= MAX_PEAK_RSS;
            return ResultRow.outcome(what, baseline, "verified in " + Unit.DURATION.format(result.nanos())
                    + ", peak RSS " + Unit.BYTES.format(result.peakRssBytes()), "completes, ≤ 128 MiB", met);
        }
    }

    private static ResultRow peakRssRow(String what, long peakRss) {
        if (peakRss < 0) {
            return ResultRow.skipped(what, "no /proc/self/status here");
        }
        return ResultRow.outcome(what, "—", Unit.BYTES.format(peakRss), "≤ 128 MiB", peakRss <= MAX_PEAK_RSS);
    }

    private static FacadeReceive.Result requireAll(FacadeReceive.Result result, ReceiveFixture fixture) {
        if (result.files() != fixture.expectedFiles().size()) {
            throw new IllegalStateException("the facade received " + result.files() + " files, not "
                    + fixture.expectedFiles().size());
        }
        return result;
    }

    /** Runs the toolchain once, and fails the benchmark if it did not receive the forsendelse. */
    private static CliToolchain.Outcome succeeded(CliToolchain openssl) throws Exception {
        CliToolchain.Outcome outcome = openssl.attempt();
        openssl.afterEach();
        if (!outcome.succeeded()) {
            throw new IOException("the openssl toolchain failed: " + outcome.failure());
        }
        return outcome;
    }

    /** Says why a fixture of this many bytes cannot be made here, or returns null if it can. */
    private static String lacksRoom(Path directory, long bytes) throws IOException {
        long usable = Files.getFileStore(directory).getUsableSpace();
        long needed = bytes + 256 * MIB;
        return usable >= needed ? null : "needs " + Unit.BYTES.format(needed) + " free in " + directory + ", has "
                + Unit.BYTES.format(usable);
    }
}
