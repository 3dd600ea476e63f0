package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.FaultRule;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InnsynCommandsTest extends AgainstTheSimulator {

    @TempDir
    Path work;

    private Map<String, String> variables;

    @BeforeEach
    void variables() {
        variables = simulatorVariables();
    }

    /** A fødselsnummer no other test uses, so each test sees only its own meldinger. */
    private static String newCitizen() {
        return String.format("%011d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000_000L));
    }

    private Path jsonl(String... lines) throws IOException {
        return Files.write(work.resolve("meldinger.jsonl"), List.of(lines));
    }

    private CliRun search(String fodselsnummer, String... args) {
        Map<String, String> withToken = new HashMap<>(variables);
        withToken.put(Variables.PERSON_TOKEN, simulator.innsyn().personToken(fodselsnummer));
        List<String> command = new ArrayList<>(List.of("innsyn", "search"));
        command.addAll(List.of(args));
        return CliRun.run(withToken, command.toArray(String[]::new));
    }

    @Test
    void indexedMeldingerAreFoundOnlyByTheirCitizen() throws IOException {
        String citizen = newCitizen();
        String other = newCitizen();
        UUID carport = UUID.randomUUID();
        UUID skoleskyss = UUID.randomUUID();
        UUID garasje = UUID.randomUUID();
        Path file = jsonl(meldingLine(carport, citizen, "Vedtak om carport"),
                meldingLine(skoleskyss, citizen, "Vedtak om skoleskyss"), meldingLine(garasje, other, "Vedtak om garasje"));

        CliRun index = CliRun.run(variables, "innsyn", "index", file.toString());
        CliRun search = search(citizen, "vedtak");

        assertThat(index.exitCode()).as(index.toString()).isZero();
        assertThat(index.out())
                .contains("Indexed 3 meldinger in 1 batch: 3 opprettet, 0 oppdatert, 0 mangler samtykke");
        assertThat(index.err()).contains("batch 1 indexed: 3 of 3 meldinger");
        assertThat(List.of(carport, skoleskyss, garasje)).allMatch(id -> simulator.innsyn().melding(id).isPresent());
        assertThat(search.exitCode()).as(search.toString()).isZero();
        assertThat(search.out())
                .contains(carport.toString(), "Vedtak om carport", skoleskyss.toString(), "Vedtak om skoleskyss")
                .contains("forsendelseV2/forsendelse")
                .doesNotContain(garasje.toString())
                .endsWith("2 hits" + System.lineSeparator());
    }

    @Test
    void indexSendsBatchesOfTheGivenSize() throws IOException {
        String citizen = newCitizen();
        String[] lines = new String[5];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = meldingLine(UUID.randomUUID(), citizen, "Melding " + i);
        }

        CliRun run = CliRun.run(variables, "innsyn", "index", "--batch-size", "2", jsonl(lines).toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Indexed 5 meldinger in 3 batches");
        assertThat(run.err()).contains("batch 1 indexed: 2 of 5", "batch 2 indexed: 4 of 5", "batch 3 indexed: 5 of 5");
    }

    @Test
    void searchPrintsAtMostMaxHitsAndSaysThereAreMore() throws IOException {
        String citizen = newCitizen();
        Path file = jsonl(meldingLine(UUID.randomUUID(), citizen, "En"), meldingLine(UUID.randomUUID(), citizen, "To"),
                meldingLine(UUID.randomUUID(), citizen, "Tre"));
        assertThat(CliRun.run(variables, "innsyn", "index", file.toString()).exitCode()).isZero();

        CliRun run = search(citizen, "--max", "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("En", "To").doesNotContain("Tre")
                .contains("2 hits shown; there are more (raise --max)");
    }

    @Test
    void aBadLineIsNamedAndLeftOutAndTheOtherLinesAreIndexed() throws IOException {
        String citizen = newCitizen();
        UUID first = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        Path file = jsonl(meldingLine(first, citizen, "En"),
                meldingLine(UUID.randomUUID(), citizen, "To").replace("\"versjon\": \"forsendelseV2\", ", ""),
                meldingLine(third, citizen, "Tre"));

        CliRun run = CliRun.run(variables, "innsyn", "index", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Indexing 2 meldinger from " + file, "(1 line of 3 not meldinger, listed below)",
                "Indexed 2 meldinger in 1 batch", "Not indexed: 1 line", "  line 2: not a melding: ", "missing versjon");
        assertThat(simulator.innsyn().melding(first)).isPresent();
        assertThat(simulator.innsyn().melding(third)).isPresent();
    }

    @Test
    void aBlankLineIsABadLine() throws IOException {
        Path file = jsonl(meldingLine(UUID.randomUUID(), newCitizen(), "En"), "", meldingLine(UUID.randomUUID(), newCitizen(), "To"));

        CliRun run = CliRun.run(variables, "innsyn", "index", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Indexed 2 meldinger", "  line 2: not a melding: the line is empty");
    }

    @Test
    void meldingMetadataThatIsNeitherAnObjectNorBase64IsNamedWithItsLine() throws IOException {
        String citizen = newCitizen();
        Path file = jsonl(meldingLine(UUID.randomUUID(), citizen, "En"),
                meldingLine(UUID.randomUUID(), citizen, "To").replaceFirst("\"metadata\": \\{.*}}$",
                        "\"meldingMetadata\": 42}"),
                meldingLine(UUID.randomUUID(), citizen, "Tre").replaceFirst("\"metadata\": \\{.*}}$",
                        "\"meldingMetadata\": \"not base64\"}"));

        CliRun run = CliRun.run(variables, "innsyn", "index", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Indexed 1 meldinger",
                "  line 2: not a melding: ", "meldingMetadata must be a JSON object or the Base64 of one, was a single value",
                "  line 3: not a melding: ", "meldingMetadata is a string but not the Base64 of UTF-8 text");
    }

    @Test
    void aFileWithoutAnyMeldingIsAUsageErrorAndSendsNothing() throws IOException {
        Path file = jsonl("meldingId;tittel", "4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914;Vedtak");

        CliRun run = CliRun.run(variables, "innsyn", "index", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: " + file + " holds no melding: line 1: ")
                .contains("and every other line is bad too", "nothing was indexed").hasLineCount(1);
    }

    @Test
    void aMeldingMetadataMismatchIsNamedWithItsLineWithoutBeingSent() throws IOException {
        String citizen = newCitizen();
        UUID incomplete = UUID.randomUUID();
        Path file = jsonl(meldingLine(UUID.randomUUID(), citizen, "En"),
                meldingLine(incomplete, citizen, "To").replace("\"lest\": false, ", ""));

        CliRun run = CliRun.run(variables, "innsyn", "index", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Indexed 1 meldinger", "  line 2: meldingId " + incomplete
                + ": Not sent: the metadata does not match the forsendelseV2 model: lest is missing");
        assertThat(simulator.innsyn().melding(incomplete)).isEmpty();
    }

    @Test
    void indexSignsTheMaskinportenGrantWithAPkcs12Keystore() throws Exception {
        Path keystore = work.resolve("virksomhet.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("virksomhet", simulator.credentials().maskinportenPrivateKey(), "hemmelig".toCharArray(),
                new Certificate[] {simulator.credentials().maskinportenCertificate()});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "hemmelig".toCharArray());
        }
        variables.remove(Variables.MASKINPORTEN_KEY);
        variables.remove(Variables.MASKINPORTEN_CERT);
        variables.put(Variables.MASKINPORTEN_KEYSTORE, keystore.toString());
        variables.put(Variables.MASKINPORTEN_KEYSTORE_PASSWORD, "hemmelig");
        variables.put(Variables.MASKINPORTEN_KEY_ALIAS, "virksomhet");
        UUID id = UUID.randomUUID();

        CliRun run = CliRun.run(variables, "innsyn", "index", jsonl(meldingLine(id, newCitizen(), "En")).toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(simulator.innsyn().melding(id)).isPresent();
    }

    @Test
    void aRefusedIntegrasjonPassordIsAConfigurationError() throws IOException {
        variables.put(Variables.INTEGRASJON_PASSORD, "feil-passord");

        CliRun run = CliRun.run(variables, "innsyn", "index",
                jsonl(meldingLine(UUID.randomUUID(), newCitizen(), "En")).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("Stopped: Batch 1", " 403 ", "No line is done")
                .doesNotContain("feil-passord");
    }

    @Test
    void aTokenEndpointAnswering503IsAnOutageNotAConfigurationError() throws IOException {
        simulator.faults().next(FaultRule.on("POST", "/maskinporten/token").respondWithStatus(503).times(20).build());
        try {
            CliRun run = CliRun.run(variables, "innsyn", "index",
                    jsonl(meldingLine(UUID.randomUUID(), newCitizen(), "En")).toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.out() + run.err()).contains("temporarily unavailable (HTTP 503)");
        } finally {
            simulator.faults().clear();
        }
    }

    @Test
    void anUnreachableTokenEndpointIsAnOutageNotAConfigurationError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        variables.put(Variables.MASKINPORTEN_TOKEN_URL, "http://127.0.0.1:" + closedPort + "/token");

        CliRun run = CliRun.run(variables, "innsyn", "index",
                jsonl(meldingLine(UUID.randomUUID(), newCitizen(), "En")).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out() + run.err()).contains("Could not get a token from Maskinporten at http://127.0.0.1:"
                + closedPort + "/token");
    }

    @Test
    void aRefusedTokenRequestIsAConfigurationErrorNamingTheProblem() throws IOException {
        variables.put(Variables.MASKINPORTEN_ISSUER, "ukjent-klient");

        CliRun run = CliRun.run(variables, "innsyn", "index",
                jsonl(meldingLine(UUID.randomUUID(), newCitizen(), "En")).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out() + run.err()).contains("refused the token request (HTTP 400): invalid_grant",
                "ukjent-klient");
    }
}
