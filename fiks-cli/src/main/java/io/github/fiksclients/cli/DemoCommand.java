package io.github.fiksclients.cli;

import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynSearch;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fiks demo}: starts the embedded simulator and runs the suite's main flows against it, with the same
 * configuration code as the real commands: a SvarInn receive (download, CMS decryption, SHA-256 verification,
 * acknowledgement), an Innsyn index with a real Maskinporten grant, and a search for a citizen.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Run SvarInn receive, Innsyn indexing and search against the embedded Fiks simulator, "
                + "offline, and report what happened.")
final class DemoCommand implements Callable<Integer> {

    /** Details are indented under their step's "[n/4] ". */
    private static final String STEP_INDENT = "      ";

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Keep the demo's files (received forsendelser, demo keys) in DIR; by default they go to a "
                    + "temporary directory that is deleted at the end.")
    Path directory;

    @Option(names = {"-v", "--verbose"}, description = "Log each HTTP exchange (headers; secrets redacted).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final List<String> problems = new ArrayList<>();
    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path work = directory != null ? Files.createDirectories(directory) : Files.createTempDirectory("fiks-demo-");
        try (FiksSimulator simulator = FiksSimulator.start()) {
            out.println("fiks demo: SvarInn and Fiks Innsyn against the embedded Fiks simulator (offline, demo "
                    + "credentials)");
            out.println();
            Variables variables = Variables.of(SimulatorSetup.variables(simulator, work.resolve("keys")));
            out.printf("[1/4] Started the Fiks simulator on %s; demo keys written to %s%n", simulator.baseUrl(),
                    work.resolve("keys"));
            int received = receive(simulator, variables, work.resolve("innkommende"));
            long indexed = index(simulator, variables);
            int hits = search(simulator, variables);
            out.println();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!problems.isEmpty()) {
                out.printf(Locale.ROOT, "Demo FAILED after %.1f s: %s%n", seconds, String.join("; ", problems));
                return ExitCodes.FAILED;
            }
            out.printf(Locale.ROOT, "Demo succeeded in %.1f s: %d forsendelser received, verified and acknowledged; "
                    + "%d meldinger indexed; %d search hits for the citizen.%n", seconds, received, indexed, hits);
            return ExitCodes.OK;
        } finally {
            out.flush();
            if (directory == null) {
                deleteTree(work);
            }
        }
    }

    private int receive(FiksSimulator simulator, Variables variables, Path innkommende) {
        List<SimulatedForsendelse> forsendelser = DemoData.forsendelser();
        String mottaker = variables.require(Variables.SVARINN_USER, "the demo mottakersystem");
        List<UUID> ids = forsendelser.stream().map(f -> simulator.svarInn().enqueue(mottaker, f)).toList();
        out.printf("[2/4] SvarInn: queued %d forsendelser for mottakersystem %s; receiving them with SvarInnClient "
                + "(v2) into %s%n", ids.size(), mottaker, innkommende);
        ReceiveResult result;
        try (SvarInnClient svarInn = SvarInnClients.create(target(variables, Variables.SVARINN_URL),
                SvarInnApiVersion.V2, variables, true, verbose)) {
            result = new ForsendelseReceiver(out, STEP_INDENT, verbose).receive(svarInn, innkommende);
        }
        Map<ForsendelseStatus.State, Long> states = ids.stream()
                .map(id -> simulator.svarInn().status(id).state())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        out.printf(STEP_INDENT + "Status in the simulator: %s%n", states.entrySet().stream()
                .map(entry -> entry.getValue() + " x " + entry.getKey())
                .collect(Collectors.joining(", ")));
        if (result.hasFailures() || states.getOrDefault(ForsendelseStatus.State.MOTTATT, 0L) != ids.size()) {
            problems.add("not every forsendelse was received and acknowledged");
        }
        return result.acknowledged().size();
    }

    private long index(FiksSimulator simulator, Variables variables) {
        out.printf("[3/4] Innsyn: indexing %d meldinger for 2 citizens with InnsynClient; Maskinporten token from "
                + "%s (a JWT grant signed with the demo key)%n", DemoData.meldinger().size(),
                variables.require(Variables.MASKINPORTEN_TOKEN_URL, "the simulator's token endpoint"));
        IndexSummary summary;
        try (InnsynClient innsyn = InnsynClients.forIndexing(target(variables, Variables.INNSYN_URL), variables,
                InnsynClient.MAX_BATCH_SIZE, verbose)) {
            summary = innsyn.index(DemoData.meldinger(), progress -> out.printf(
                    STEP_INDENT + "batch %d accepted: %d meldinger (%d opprettet, %d oppdatert)%n",
                    progress.batchesDone(), progress.meldingerDone(), progress.opprettet(), progress.oppdatert()));
        }
        summary.failure().ifPresent(failure -> problems.add("indexing stopped: " + failure.reason()));
        out.printf(STEP_INDENT + "The simulator's index now holds %d meldinger%n",
                simulator.innsyn().indexed().size());
        return summary.meldingerIndexed();
    }

    private int search(FiksSimulator simulator, Variables variables) {
        out.printf("[4/4] Innsyn: searching for \"%s\" as citizen %s (a person token from the simulator)%n",
                DemoData.SEARCH_TERM, DemoData.CITIZEN);
        List<MeldingV1LegacySokHit> hits;
        try (InnsynClient innsyn = InnsynClients.forSearch(target(variables, Variables.INNSYN_URL), variables,
                        verbose);
                Stream<MeldingV1LegacySokHit> all = innsyn
                        .forPerson(PersonToken.of(simulator.innsyn().personToken(DemoData.CITIZEN)))
                        .allHits(InnsynSearch.of(DemoData.SEARCH_TERM))) {
            hits = all.toList();
        }
        new HitPrinter(out, STEP_INDENT).print(hits);
        out.printf(STEP_INDENT + "%d hits; the other citizen's melding about a vedtak is not among them%n",
                hits.size());
        if (hits.size() != DemoData.EXPECTED_HITS) {
            problems.add("the search found " + hits.size() + " hits, not " + DemoData.EXPECTED_HITS);
        }
        return hits.size();
    }

    private static Target target(Variables variables, String urlVariable) {
        return new ServiceOptions().target(variables, urlVariable);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
