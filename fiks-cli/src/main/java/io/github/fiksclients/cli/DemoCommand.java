package io.github.fiksclients.cli;

import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynSearch;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.svarut.mottakersystem.v2.model.Mottakersystem;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SvarUtSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * configuration code as the real commands: a SvarUt send (encrypted, to an organisation whose receiving system
 * takes it through SvarInn), a SvarInn receive (download, CMS decryption, SHA-256 verification, acknowledgement)
 * that gets that forsendelse with the others, its SvarUt status then delivered, an Innsyn index with a real
 * Maskinporten grant, and a search for a citizen.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Run a SvarUt send received through SvarInn, Innsyn indexing and search against the embedded "
                + "Fiks simulator, offline, and report what happened.")
final class DemoCommand implements Callable<Integer> {

    /** Details are indented under their step's "[n/5] ". */
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
            out.println("fiks demo: SvarUt, SvarInn and Fiks Innsyn against the embedded Fiks simulator (offline, "
                    + "demo credentials)");
            out.println();
            Variables variables = Variables.of(SimulatorSetup.variables(simulator, work.resolve("keys")));
            out.printf("[1/5] Started the Fiks simulator on %s; demo keys written to %s%n", simulator.baseUrl(),
                    work.resolve("keys"));
            SentThroughSvarUt sent = send(simulator, variables, work.resolve("utgaende"));
            int received = receive(simulator, variables, work.resolve("innkommende"), sent);
            checkDelivered(variables, work.resolve("innkommende"), sent);
            long indexed = index(simulator, variables);
            int hits = search(simulator, variables);
            out.println();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!problems.isEmpty()) {
                out.printf(Locale.ROOT, "Demo FAILED after %.1f s: %s%n", seconds, String.join("; ", problems));
                return ExitCodes.FAILED;
            }
            out.printf(Locale.ROOT, "Demo succeeded in %.1f s: 1 forsendelse sent through SvarUt and delivered; "
                    + "%d forsendelser received, verified and acknowledged; %d meldinger indexed; %d search hits for the "
                    + "citizen.%n", seconds, received, indexed, hits);
            return ExitCodes.OK;
        } finally {
            out.flush();
            if (directory == null) {
                deleteTree(work);
            }
        }
    }

    /** The forsendelse the demo sent through SvarUt, and the id SvarInn offers it under. */
    private record SentThroughSvarUt(UUID id, UUID svarInnId) {
    }

    private SentThroughSvarUt send(FiksSimulator simulator, Variables variables, Path utgaende) throws IOException {
        Files.createDirectories(utgaende);
        String orgnr = simulator.credentials().svarUtMottakerOrgnr();
        UUID konto = SvarUtClients.konto(null, variables);
        Forsendelse.Builder forsendelse = Forsendelse.builder()
                .tittel(DemoData.SVARUT_TITTEL)
                .mottaker(Mottaker.organisasjon(orgnr).navn("Fjordvik kommune, byggesak"))
                .avgivendeSystem("fiks demo")
                .eksternReferanse("demo-" + UUID.randomUUID())
                .kryptert(true)
                .krevNiva4Innlogging(true);
        for (Map.Entry<String, byte[]> dokument : DemoData.svarUtDokumenter().entrySet()) {
            forsendelse.dokument(Dokument.fromFile(Files.write(utgaende.resolve(dokument.getKey()),
                    dokument.getValue())));
        }
        out.printf("[2/5] SvarUt: sending \"%s\" (%d documents, CMS-encrypted to SvarUt's certificate, level 4) "
                + "from konto %s to organisation %s with SvarUtClient%n", DemoData.SVARUT_TITTEL,
                DemoData.svarUtDokumenter().size(), konto, orgnr);
        try (SvarUtClient svarUt = SvarUtClients.create(target(variables, Variables.SVARUT_URL), variables,
                Optional.of(konto), verbose)) {
            for (Mottakersystem system : svarUt.mottakersystemer(orgnr, null, null)) {
                out.printf(STEP_INDENT + "Mottakersystem lookup: %s receives digitally through %s (level %s)%n", orgnr,
                        system.getId(), system.getNiva());
            }
            UUID id = svarUt.send(forsendelse.build());
            out.printf(STEP_INDENT + "Sent as forsendelse %s; SvarUt status %s%n", id, status(svarUt, id));
            UUID svarInnId = simulator.svarUt().sent(id).map(SvarUtSimulator.Sent::svarInnId).orElse(null);
            if (svarInnId == null) {
                problems.add("the forsendelse sent through SvarUt was not delivered to the receiving system");
            }
            return new SentThroughSvarUt(id, svarInnId);
        }
    }

    private static String status(SvarUtClient svarUt, UUID id) {
        return svarUt.statuser(List.of(id)).stream().map(s -> String.valueOf(s.getStatus())).findFirst()
                .orElse("unknown");
    }

    /** Checks the received copy against what was sent, and that SvarUt now reports it delivered. */
    private void checkDelivered(Variables variables, Path innkommende, SentThroughSvarUt sent) throws IOException {
        if (sent.svarInnId() == null) {
            return;
        }
        boolean identical = true;
        for (Map.Entry<String, byte[]> dokument : DemoData.svarUtDokumenter().entrySet()) {
            Path received = innkommende.resolve(sent.svarInnId().toString()).resolve(dokument.getKey());
            identical &= Files.isRegularFile(received)
                    && java.util.Arrays.equals(Files.readAllBytes(received), dokument.getValue());
        }
        String status;
        try (SvarUtClient svarUt = SvarUtClients.create(target(variables, Variables.SVARUT_URL), variables,
                Optional.of(SvarUtClients.konto(null, variables)), verbose)) {
            status = status(svarUt, sent.id());
        }
        out.printf(STEP_INDENT + "SvarUt forsendelse %s arrived through SvarInn as %s: %s; SvarUt status now %s%s%n",
                sent.id(), sent.svarInnId(), identical ? "decrypted, verified, identical to what was sent"
                        : "NOT identical to what was sent", status, "LEST".equals(status) ? " (delivered)" : "");
        if (!identical) {
            problems.add("the forsendelse sent through SvarUt did not arrive intact");
        }
        if (!"LEST".equals(status)) {
            problems.add("SvarUt reports the delivered forsendelse as " + status + ", not LEST");
        }
    }

    private int receive(FiksSimulator simulator, Variables variables, Path innkommende, SentThroughSvarUt sent) {
        List<SimulatedForsendelse> forsendelser = DemoData.forsendelser();
        String mottaker = variables.require(Variables.SVARINN_USER, "the demo mottakersystem");
        List<UUID> ids = new ArrayList<>(forsendelser.stream().map(f -> simulator.svarInn().enqueue(mottaker, f))
                .toList());
        if (sent.svarInnId() != null) {
            ids.add(0, sent.svarInnId());
        }
        out.printf("[3/5] SvarInn: %d forsendelser wait for mottakersystem %s (%d queued directly, 1 sent through "
                + "SvarUt); receiving them with SvarInnClient (v2) into %s%n", ids.size(), mottaker,
                forsendelser.size(), innkommende);
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
        out.printf("[4/5] Innsyn: indexing %d meldinger for 2 citizens with InnsynClient; Maskinporten token from "
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
        out.printf("[5/5] Innsyn: searching for \"%s\" as citizen %s (a person token from the simulator)%n",
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
