package io.github.fiksclients.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Receiving a large forsendelse from its encrypted envelope on disk: decrypt, unzip, write and verify every file.
 * The baseline buffers everything ({@link BufferingReceiver}); fiks-clients streams ({@link ReceiveVariant#STREAMING}).
 * Wall time and the bytes the receiving thread allocates are compared; optionally also the openssl toolchain, and
 * whether each receiver fits in a small heap.
 */
final class ReceiveBenchmark {

    private static final long MIB = 1024L * 1024;

    private ReceiveBenchmark() {
    }

    /**
     * Makes the forsendelse, runs the benchmark and deletes the files.
     *
     * @param settings the forsendelse's size, the rounds, and which extra rows to produce
     * @return the rows
     * @throws Exception if a receiver fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        try (ReceiveFixture fixture = ReceiveFixture.create(settings.workDirectory(), settings.sizeMib() * MIB)) {
            boolean cli = settings.cliToolchain() && CliToolchain.isInstalled();
            List<Trial> trials = new ArrayList<>(List.of(
                    new Receive(ReceiveVariant.BUFFERED, fixture), new Receive(ReceiveVariant.STREAMING, fixture)));
            if (cli) {
                trials.add(new CliToolchain(fixture));
            }
            List<List<Run>> runs = Alternating.measure(trials, settings.receiveWarmups(), settings.receiveRounds());
            double streamingNanos = Stats.of(runs.get(1), Run::nanos).median();
            String what = String.format(Locale.ROOT, "SvarInn receive %d MiB (4 files, median of %d), ",
                    settings.sizeMib(), settings.receiveRounds());
            List<ResultRow> rows = new ArrayList<>(List.of(
                    ResultRow.compared(what + "wall time", Stats.of(runs.get(0), Run::nanos).median(), streamingNanos,
                            Unit.DURATION, Target.atMost(1.0)),
                    ResultRow.compared(what + "allocated by the thread",
                            Stats.of(runs.get(0), Run::allocatedBytes).median(),
                            Stats.of(runs.get(1), Run::allocatedBytes).median(), Unit.BYTES, Target.atMost(0.05))));
            if (settings.boundedHeapCheck()) {
                String fiks = BoundedHeapReceive.tryReceive(ReceiveVariant.STREAMING, fixture);
                String heapWhat = String.format(Locale.ROOT, "SvarInn receive %d MiB, once in a fresh JVM with -Xmx%dm",
                        settings.sizeMib(), BoundedHeapReceive.HEAP_MIB);
                rows.add(ResultRow.outcome(heapWhat, BoundedHeapReceive.tryReceive(ReceiveVariant.BUFFERED, fixture),
                        fiks, "fiks completes", fiks.equals("completes")));
            }
            String cliWhat = what + "wall time vs openssl cms + unzip + sha256sum";
            rows.add(cli
                    ? ResultRow.compared(cliWhat, Stats.of(runs.get(2), Run::nanos).median(), streamingNanos,
                            Unit.DURATION, Target.none())
                    : ResultRow.skipped(cliWhat, settings.cliToolchain() ? "openssl, unzip or sha256sum not found"
                            : "switched off"));
            return rows;
        }
    }

    /** One receive of the fixture with one variant into a new directory, deleted after the run. */
    private static final class Receive implements Trial {
        private final ReceiveVariant variant;
        private final ReceiveFixture fixture;
        private Path directory;

        Receive(ReceiveVariant variant, ReceiveFixture fixture) {
            this.variant = variant;
            this.fixture = fixture;
        }

        @Override
        public void run() throws Exception {
            directory = fixture.newOutputDirectory();
            int files = variant.receive(fixture, directory);
            if (files != fixture.expectedFiles().size()) {
                throw new IllegalStateException(variant + " received " + files + " files, not "
                        + fixture.expectedFiles().size());
            }
        }

        @Override
        public void afterEach() {
            FileTrees.delete(directory);
        }
    }
}
