package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvarInnCommandsTest extends AgainstTheSimulator {

    private static final byte[] VEDTAK = "%PDF-1.7 vedtak".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KART = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4};
    private static final byte[] NOTAT = "Notat til saken".getBytes(StandardCharsets.UTF_8);

    private String mottaker;
    private Map<String, String> variables;

    /** Each test receives as a mottakersystem of its own, so it sees only its own forsendelser. */
    @BeforeEach
    void newMottaker() {
        mottaker = UUID.randomUUID().toString();
        simulator.svarInn().registerMottaker(mottaker, "passord-" + mottaker,
                simulator.credentials().svarInnCertificate());
        variables = simulatorVariables();
        variables.put(Variables.SVARINN_USER, mottaker);
        variables.put(Variables.SVARINN_PASSWORD, "passord-" + mottaker);
    }

    private UUID enqueue(SimulatedForsendelse.Builder forsendelse) {
        return simulator.svarInn().enqueue(mottaker, forsendelse.build());
    }

    private static SimulatedForsendelse.Builder forsendelse(String tittel, String filnavn, byte[] content) {
        return SimulatedForsendelse.builder().tittel(tittel).file(filnavn, "application/octet-stream", content);
    }

    private static ForsendelseStatus status(UUID id) {
        return simulator.svarInn().status(id);
    }

    /** The entries of a directory, but for the receive's own hidden lock and failure count. */
    private static Stream<String> entries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.equals(".fiks-svarinn.lock") && !name.equals(".fiks-svarinn-attempts"))
                    .toList().stream();
        }
    }

    @Test
    void theHttpLogLevelVariableSetsHowMuchOfEachExchangeIsLogged(@TempDir Path inbox) {
        CliRun quiet = CliRun.run(variables, "svarinn", "receive", "--out", inbox.resolve("quiet").toString());
        variables.put(Variables.HTTP_LOG_LEVEL, "basic");

        CliRun basic = CliRun.run(variables, "svarinn", "receive", "--out", inbox.resolve("basic").toString());

        assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(ExitCodes.OK);
        assertThat(quiet.log()).doesNotContain("--> GET ");
        assertThat(basic.exitCode()).as(basic.toString()).isEqualTo(ExitCodes.OK);
        assertThat(basic.log()).contains("--> GET ", "<-- 200").doesNotContain("Authorization");
    }

    @Test
    void receiveStoresTheVerifiedFilesAndAcknowledgesOnlyThose(@TempDir Path inbox) throws IOException {
        UUID vedtak = enqueue(forsendelse("Vedtak", "vedtak.pdf", VEDTAK).file("kart.png", "image/png", KART));
        UUID notat = enqueue(forsendelse("Notat", "notat.txt", NOTAT));
        UUID wrongHash = enqueue(forsendelse("Feil hash", "feil.txt", NOTAT).withWrongHash("feil.txt"));
        UUID corrupt = enqueue(forsendelse("Ødelagt", "odelagt.txt", NOTAT).withCorruptEnvelope());

        CliRun run = CliRun.run(variables, "svarinn", "receive", "--out", inbox.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(entries(inbox)).containsExactlyInAnyOrder(vedtak.toString(), notat.toString());
        assertThat(inbox.resolve(vedtak + "/vedtak.pdf")).hasBinaryContent(VEDTAK);
        assertThat(inbox.resolve(vedtak + "/kart.png")).hasBinaryContent(KART);
        assertThat(inbox.resolve(notat + "/notat.txt")).hasBinaryContent(NOTAT);
        assertThat(status(vedtak).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
        assertThat(status(notat).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
        assertThat(status(wrongHash).state()).isEqualTo(ForsendelseStatus.State.FEILET);
        assertThat(status(corrupt).state()).isEqualTo(ForsendelseStatus.State.FEILET);
        assertThat(run.out())
                .contains("NOT received " + wrongHash + ": ", "NOT received " + corrupt + ": ")
                .containsPattern("NOT received " + wrongHash + ": .*feil\\.txt")
                .contains("2 received and acknowledged, 2 not received");
    }

    @Test
    void receiveWithApiV1UsesTheV1ReceivingApi(@TempDir Path inbox) {
        UUID vedtak = enqueue(forsendelse("Vedtak", "vedtak.pdf", VEDTAK));

        CliRun run = CliRun.run(variables, "svarinn", "receive", "--api", "v1", "--out", inbox.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(SvarInn v1)", "1 received and acknowledged, 0 not received");
        assertThat(inbox.resolve(vedtak + "/vedtak.pdf")).hasBinaryContent(VEDTAK);
        assertThat(status(vedtak).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
    }

    @Test
    void ackReportsTheForsendelseReceivedWithoutAPrivateKey() {
        UUID id = enqueue(forsendelse("Vedtak", "vedtak.pdf", VEDTAK));
        variables.remove(Variables.SVARINN_PRIVATE_KEY);

        CliRun run = CliRun.run(variables, "svarinn", "ack", id.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Acknowledged forsendelse " + id);
        assertThat(status(id).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
    }

    @Test
    void failPermanentReportsAPermanentFailureWithTheReason() {
        UUID id = enqueue(forsendelse("Vedtak", "vedtak.pdf", VEDTAK));

        CliRun run = CliRun.run(variables, "svarinn", "fail", id.toString(), "--reason", "Ukjent saksnummer",
                "--permanent");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(status(id)).isEqualTo(new ForsendelseStatus(ForsendelseStatus.State.FEILET, "Ukjent saksnummer",
                true));
    }

    @Test
    void failWithoutPermanentLeavesTheForsendelseToBeOfferedAgain() {
        UUID id = enqueue(forsendelse("Vedtak", "vedtak.pdf", VEDTAK));

        CliRun run = CliRun.run(variables, "svarinn", "fail", id.toString(), "--reason", "Arkivet er nede");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("SvarInn will offer it again");
        assertThat(status(id)).isEqualTo(new ForsendelseStatus(ForsendelseStatus.State.FEILET, "Arkivet er nede",
                false));
    }

    @Test
    void ackOfAnUnknownForsendelseFailsWithTheServicesAnswer() {
        CliRun run = CliRun.run(variables, "svarinn", "ack", UUID.randomUUID().toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("fiks: 404 ").hasLineCount(1);
    }

    @Test
    void aRefusedPasswordIsAConfigurationError(@TempDir Path inbox) {
        variables.put(Variables.SVARINN_PASSWORD, "feil-passord");

        CliRun run = CliRun.run(variables, "svarinn", "receive", "--out", inbox.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: 401 ").hasLineCount(1).doesNotContain("feil-passord");
    }
}
