package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret from the variables or the key files appears in anything the tool prints, not even with --verbose. */
class SecretsTest extends AgainstTheSimulator {

    private static Map<String, String> variables;
    private static List<String> secrets;

    @BeforeAll
    static void collectTheSecrets() throws IOException {
        variables = simulatorVariables();
        variables.put(Variables.PERSON_TOKEN, simulator.innsyn().personToken(DemoData.CITIZEN));
        secrets = new ArrayList<>(List.of(
                variables.get(Variables.SVARINN_PASSWORD),
                variables.get(Variables.INTEGRASJON_PASSORD),
                variables.get(Variables.PERSON_TOKEN)));
        secrets.addAll(pemBodyLines(Path.of(variables.get(Variables.SVARINN_PRIVATE_KEY))));
        secrets.addAll(pemBodyLines(Path.of(variables.get(Variables.MASKINPORTEN_KEY))));
    }

    /** The Base64 lines of a PEM private key: any of them in the output would be a leak. */
    private static List<String> pemBodyLines(Path pem) throws IOException {
        return Files.readAllLines(pem, StandardCharsets.US_ASCII).stream()
                .filter(line -> !line.startsWith("-----"))
                .toList();
    }

    private static void assertNoSecretIn(CliRun run) {
        for (String secret : secrets) {
            assertThat(run.everything()).as("output of " + run.exitCode()).doesNotContain(secret);
        }
    }

    @Test
    void verboseReceiveLogsTheExchangesWithTheCredentialsRedacted(@TempDir Path inbox) {
        simulator.svarInn().enqueue(variables.get(Variables.SVARINN_USER), SimulatedForsendelse.builder()
                .tittel("Vedtak").file("vedtak.pdf", "application/pdf", new byte[] {1, 2, 3}).build());

        CliRun run = CliRun.run(variables, "svarinn", "receive", "--verbose", "--out", inbox.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.log()).contains("--> GET " + simulator.svarUtBaseUrl() + "svarinn/v2/forsendelser")
                .contains("Authorization: ██");
        assertNoSecretIn(run);
    }

    @Test
    void verboseIndexAndSearchLogTheExchangesWithTheCredentialsRedacted(@TempDir Path work) throws IOException {
        Path file = Files.writeString(work.resolve("meldinger.jsonl"),
                meldingLine(UUID.randomUUID(), DemoData.CITIZEN, "Hemmelighetsprøve") + "\n");

        CliRun index = CliRun.run(variables, "innsyn", "index", "-v", file.toString());
        CliRun search = CliRun.run(variables, "innsyn", "search", "-v", "Hemmelighetsprøve");

        assertThat(index.exitCode()).as(index.toString()).isZero();
        assertThat(search.exitCode()).as(search.toString()).isZero();
        assertThat(index.log()).contains("--> PUT ", "IntegrasjonPassord: ██", "Authorization: ██");
        assertThat(search.log()).contains("--> POST ").contains("Authorization: ██");
        assertThat(search.out()).contains("1 hit");
        assertNoSecretIn(index);
        assertNoSecretIn(search);
    }

    @Test
    void refusedCredentialsAreReportedWithoutThem() {
        Map<String, String> wrong = new HashMap<>(variables);
        wrong.put(Variables.SVARINN_PASSWORD, "et-feil-passord");

        CliRun run = CliRun.run(wrong, "svarinn", "ack", UUID.randomUUID().toString(), "--verbose");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.everything()).doesNotContain("et-feil-passord");
        assertNoSecretIn(run);
    }

    @Test
    void theDemoPrintsNoKeyMaterial() {
        CliRun run = CliRun.run(Map.of(), "demo", "--verbose");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.everything()).doesNotContain("PRIVATE KEY").doesNotContain("demo-svarinn-passord")
                .doesNotContain("demo-integrasjon-passord");
    }
}
