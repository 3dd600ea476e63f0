package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fiks simulator}: runs the embedded Fiks simulator in the foreground until Ctrl-C, and prints how to use it:
 * its URLs and demo credentials, the variables that point the {@code fiks} commands at it, and curl examples.
 */
@Command(
        name = "simulator",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Run the Fiks simulator (Maskinporten, SvarInn, Innsyn) on this machine until Ctrl-C, and "
                + "print its URLs, demo credentials and examples.")
final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The loopback port to listen on (default: a free one).")
    int port;

    @Option(names = "--pem-dir", paramLabel = "DIR",
            description = "Where to write the demo keys and certificates as PEM files (default: a new temporary "
                    + "directory).")
    Path pemDirectory;

    @Option(names = "--with-demo-data",
            description = "Queue the demo's forsendelser and index its meldinger, and print person tokens to "
                    + "search them.")
    boolean withDemoData;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SimulatorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("--port must be from 0 to 65535");
        }
        Path pems = pemDirectory != null ? pemDirectory : Files.createTempDirectory("fiks-simulator-keys-");
        PrintWriter out = spec.commandLine().getOut();
        try (FiksSimulator simulator = start()) {
            Map<String, String> variables = SimulatorSetup.variables(simulator, pems);
            out.println(simulator.describe());
            out.println("Demo keys and certificates (PEM) in " + pems.toAbsolutePath());
            out.println();
            out.flush();
            if (withDemoData) {
                addDemoData(simulator, Variables.of(variables), out);
            }
            printExports(variables, out);
            printCurlExamples(simulator, out);
            out.println("Press Ctrl-C to stop.");
            out.flush();
            context.simulatorWait().await(simulator);
        }
        return ExitCodes.OK;
    }

    private FiksSimulator start() {
        try {
            return FiksSimulator.builder().port(port).build();
        } catch (UncheckedIOException e) {
            throw new ConfigurationException("--port " + port + ": cannot listen on it (" + e.getCause() + ")", e);
        }
    }

    private static void addDemoData(FiksSimulator simulator, Variables variables, PrintWriter out) {
        String mottaker = variables.require(Variables.SVARINN_USER, "the demo mottakersystem");
        for (SimulatedForsendelse forsendelse : DemoData.forsendelser()) {
            simulator.svarInn().enqueue(mottaker, forsendelse);
        }
        IndexSummary summary;
        try (InnsynClient innsyn = InnsynClients.forIndexing(
                new ServiceOptions().target(variables, Variables.INNSYN_URL), variables, InnsynClient.MAX_BATCH_SIZE,
                false)) {
            summary = innsyn.index(DemoData.meldinger());
        }
        out.printf("Demo data: %d forsendelser queued for the demo mottakersystem; %d meldinger indexed for "
                + "citizens %s and %s.%n", DemoData.forsendelser().size(), summary.meldingerIndexed(),
                DemoData.CITIZEN, DemoData.OTHER_CITIZEN);
        out.println("Person tokens to search with (valid for one hour), for citizen " + DemoData.CITIZEN + ", then "
                + DemoData.OTHER_CITIZEN + ":");
        out.println("  export " + Variables.PERSON_TOKEN + "="
                + shellQuoted(simulator.innsyn().personToken(DemoData.CITIZEN)));
        out.println("  # export " + Variables.PERSON_TOKEN + "="
                + shellQuoted(simulator.innsyn().personToken(DemoData.OTHER_CITIZEN)));
        out.println();
    }

    private static void printExports(Map<String, String> variables, PrintWriter out) {
        out.println("Point the fiks commands at this simulator (paste into a POSIX shell):");
        variables.forEach((name, value) -> out.println("  export " + name + "=" + shellQuoted(value)));
        out.println("Then, for example:");
        out.println("  fiks svarinn receive --out innkommende");
        out.println("  fiks innsyn index meldinger.jsonl");
        out.println("  fiks innsyn search vedtak        (with " + Variables.PERSON_TOKEN + " set to a person token)");
        out.println();
    }

    private static void printCurlExamples(FiksSimulator simulator, PrintWriter out) {
        String poll = simulator.svarUtBaseUrl().resolve("svarinn/v2/forsendelser").toString();
        out.println("Try it with curl:");
        out.println("  # the new forsendelser of the demo mottakersystem (SvarInn v2, HTTP Basic)");
        out.println("  curl -u " + simulator.credentials().svarInnMottakerId() + ":"
                + simulator.credentials().svarInnMottakerPassord() + " " + poll);
        out.println("  # without credentials: 401 with a Fiks error body");
        out.println("  curl -i " + poll);
        out.println();
    }

    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
