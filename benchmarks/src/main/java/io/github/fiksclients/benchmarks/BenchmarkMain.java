package io.github.fiksclients.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the benchmarks and prints one table of ratios, fiks-clients against a baseline measured in the same run.
 *
 * <pre>{@code
 * java -jar benchmarks/target/fiks-benchmarks.jar            # full run, about 1.5 minutes on 2 cores
 * java -jar benchmarks/target/fiks-benchmarks.jar --quick    # smoke run, about 15 seconds
 * }</pre>
 */
@Command(name = "fiks-benchmarks", sortOptions = false,
        description = {"Measures fiks-clients against hand-written baselines in the same run and prints the ratios.",
            "Machines are noisy: compare ratios, not absolute numbers."})
public final class BenchmarkMain implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--quick", description = "Smoke run: 32 MiB, 1,000 calls, 20,000 meldinger (about 15 s).")
    private boolean quick;

    @Option(names = "--size-mib", paramLabel = "MIB", description = "Size of the forsendelse to receive "
            + "(default 256, or 32 with --quick).")
    private Integer sizeMib;

    @Option(names = "--calls", paramLabel = "N", description = "Measured calls per variant in the per-call "
            + "benchmark (default 5000, or 1000 with --quick).")
    private Integer calls;

    @Option(names = "--meldinger", paramLabel = "N", description = "Messages per indexing run "
            + "(default 100000, or 20000 with --quick).")
    private Integer meldinger;

    @Option(names = "--only", split = ",", paramLabel = "BENCHMARK",
            description = "Run only these: ${COMPLETION-CANDIDATES} (default all).")
    private Set<Benchmark> only;

    @Option(names = "--no-cli", description = "Do not time the openssl + unzip + sha256sum toolchain.")
    private boolean noCli;

    @Option(names = "--no-bounded-heap", description = "Do not try each receiver in a JVM with a small heap.")
    private boolean noBoundedHeap;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the forsendelse and received files are "
            + "written (default: the temporary directory); needs about 3 x the size free.")
    private Path workDirectory;

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    /**
     * Runs the benchmarks from the command line.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        LoopbackServer.useNoDelay();
        System.exit(new CommandLine(new BenchmarkMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /**
     * Runs the chosen benchmarks with the chosen settings and prints the table.
     *
     * @return the exit code: 0 when every benchmark ran, whatever the verdicts
     * @throws Exception if a benchmark fails
     */
    @Override
    public Integer call() throws Exception {
        BenchmarkSettings settings = settings();
        List<Benchmark> benchmarks = only == null || only.isEmpty()
                ? Arrays.asList(Benchmark.values()) : List.copyOf(EnumSet.copyOf(only));
        out.printf("fiks-clients benchmarks: Java %s, %d cores, max heap %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Unit.BYTES.format(Runtime.getRuntime().maxMemory()));
        out.println(ManagementFactory.getRuntimeMXBean().getVmName() + "; " + settings);
        long start = System.nanoTime();
        List<ResultRow> rows = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            System.err.println("running " + benchmark + " ...");
            rows.addAll(benchmark.run(settings));
        }
        out.println();
        out.print(ResultTable.format(rows));
        long judged = rows.stream().filter(row -> row.verdict() != ResultRow.Verdict.INFO).count();
        long met = rows.stream().filter(row -> row.verdict() == ResultRow.Verdict.MET).count();
        out.printf("%nTargets met: %d of %d. Ratios come from the same run, variants alternating; run time %.0f s.%n",
                met, judged, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private BenchmarkSettings settings() {
        BenchmarkSettings.Builder builder = quick ? BenchmarkSettings.quick() : BenchmarkSettings.full();
        if (sizeMib != null) {
            builder.sizeMib(sizeMib);
        }
        if (calls != null) {
            builder.calls(calls);
        }
        if (meldinger != null) {
            builder.meldinger(meldinger);
        }
        if (workDirectory != null) {
            builder.workDirectory(workDirectory);
        }
        return builder.cliToolchain(!noCli).boundedHeapCheck(!noBoundedHeap).build();
    }
}
