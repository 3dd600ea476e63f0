package io.github.fiksclients.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * java -jar benchmarks/target/fiks-benchmarks.jar            # full run, about 9 minutes on 2 cores
 * java -jar benchmarks/target/fiks-benchmarks.jar --quick    # smoke run, about 30 seconds
 * }</pre>
 */
@Command(name = "fiks-benchmarks", sortOptions = false,
        description = {"Measures fiks-clients against hand-written baselines in the same run and prints the ratios.",
            "Machines are noisy: compare ratios, not absolute numbers."})
public final class BenchmarkMain implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--quick", description = "Smoke run: 32 and 64 MiB, 1,000 calls, 32 x 100 token calls, "
            + "20,000 meldinger (about 30 s).")
    private boolean quick;

    @Option(names = "--size-mib", paramLabel = "MIB", description = "Size of the forsendelse received by the facade "
            + "and by openssl (default 1024, or 32 with --quick).")
    private Integer sizeMib;

    @Option(names = "--large-size-mib", paramLabel = "MIB", description = "Size of the forsendelse only the facade "
            + "receives; 0 leaves it out (default 3072, or 64 with --quick).")
    private Integer largeSizeMib;

    @Option(names = "--calls", paramLabel = "N", description = "Measured calls per variant in the per-call "
            + "benchmark (default 20000, or 1000 with --quick).")
    private Integer calls;

    @Option(names = "--forks", paramLabel = "N", description = "Fresh JVMs the per-call benchmark is measured in, "
            + "each on its own; the table shows the middle one (default 5, or 1 with --quick; 0 measures in this JVM).")
    private Integer forks;

    @Option(names = "--meldinger", paramLabel = "N", description = "Messages per indexing run "
            + "(default 100000, or 20000 with --quick).")
    private Integer meldinger;

    @Option(names = "--only", split = ",", paramLabel = "BENCHMARK",
            description = "Run only these: ${COMPLETION-CANDIDATES} (default all).")
    private Set<Benchmark> only;

    @Option(names = "--no-cli", description = "Do not time the openssl + unzip + sha256sum toolchain.")
    private boolean noCli;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the forsendelse and received files are "
            + "written (default: the temporary directory); needs about 3 x the sizes free.")
    private Path workDirectory;

    private final List<String> arguments;

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private BenchmarkMain(List<String> arguments) {
        this.arguments = arguments;
    }

    /**
     * Runs the benchmarks from the command line.
     *
     * @param args the options; {@code --help} lists them
     */
    public static void main(String[] args) {
        LoopbackServer.useNoDelay();
        System.exit(new CommandLine(new BenchmarkMain(List.of(args))).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
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
        out.println("fiks-clients benchmarks");
        out.println("date:     " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.println("command:  " + String.join(" ", command()));
        out.printf("machine:  %d cores%s%s, %s %s %s; load average %s at the start%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel().map(model -> " (" + model + ")")
                        .orElse(""), Machine.memoryBytes().map(bytes -> ", " + Unit.BYTES.format(bytes) + " memory")
                        .orElse(""), System.getProperty("os.arch"), System.getProperty("os.name"),
                System.getProperty("os.version"), Machine.loadAverage());
        out.printf("java:     %s (%s), max heap %s%n", Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getVmName(), Unit.BYTES.format(Runtime.getRuntime().maxMemory()));
        out.println("settings: " + settings.describe());
        out.println("reading:  each row compares fiks-clients with a baseline doing the same work in the same run, the "
                + "variants alternating; ratio = fiks-clients / baseline (below 1: fiks-clients takes less); target: "
                + "✓ met, ✗ missed, info = for reference. Compare ratios, not absolute numbers: machines are noisy.");
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
        out.printf("%nTargets met: %d of %d. Run time %.0f s; load average %s at the end.%n", met, judged,
                (System.nanoTime() - start) / 1e9, Machine.loadAverage());
        return 0;
    }

    /** The command that started this run, as a reader would type it again. */
    private List<String> command() {
        List<String> command = new ArrayList<>(List.of("java", "-jar", "benchmarks/target/fiks-benchmarks.jar"));
        command.addAll(arguments);
        return command;
    }

    private BenchmarkSettings settings() {
        BenchmarkSettings.Builder builder = quick ? BenchmarkSettings.quick() : BenchmarkSettings.full();
        if (sizeMib != null) {
            builder.sizeMib(sizeMib);
        }
        if (largeSizeMib != null) {
            builder.largeSizeMib(largeSizeMib);
        }
        if (calls != null) {
            builder.calls(calls);
        }
        if (forks != null) {
            builder.forks(forks);
        }
        if (meldinger != null) {
            builder.meldinger(meldinger);
        }
        if (workDirectory != null) {
            builder.workDirectory(workDirectory);
        }
        return builder.cliToolchain(!noCli).build();
    }
}
