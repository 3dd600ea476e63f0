package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.FaultRule;
import io.github.fiksclients.testkit.SvarUtSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fiks svarut send|status|mottakersystem} against the simulator: output, exit codes, what arrived. */
class SvarUtCommandsTest extends AgainstTheSimulator {

    private static final String RECEIVER = "999111222";

    @TempDir
    Path dir;

    private Path pdf(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), "%PDF-1.7\n% " + text + "\n%%EOF\n");
    }

    private static UUID sentId(CliRun run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).as("the id alone on stdout").matches("[0-9a-f-]{36}\\R");
        return UUID.fromString(run.out().strip());
    }

    @Test
    void sendPrintsTheIdAloneAndTheDocumentsArriveInOrder() throws IOException {
        Path vedtak = pdf("vedtak.pdf", "Vedtak");
        Path vedlegg = pdf("vedlegg.pdf", "Vedlegg");

        CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Vedtak i sak 7",
                "--org", RECEIVER, "--navn", "Fjordvik kommune", "--eksternref", "cli-" + UUID.randomUUID(),
                vedtak.toString(), vedlegg.toString());

        UUID id = sentId(run);
        assertThat(run.err()).contains("Sending 'Vedtak i sak 7' with 2 documents").contains("Sent: forsendelse " + id);
        SvarUtSimulator.Sent sent = simulator.svarUt().sent(id).orElseThrow();
        assertThat(sent.tittel()).isEqualTo("Vedtak i sak 7");
        assertThat(sent.documents()).extracting(SvarUtSimulator.SentDocument::filnavn)
                .containsExactly("vedtak.pdf", "vedlegg.pdf");
        assertThat(sent.documents().get(0).content()).isEqualTo(Files.readAllBytes(vedtak));
        assertThat(sent.svarInnId()).as("delivered to the receiver's SvarInn queue").isNotNull();
    }

    @Test
    void anEncryptedSendIsDecryptedBySvarUt() throws IOException {
        Path brev = pdf("brev.pdf", "Hemmelig");
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Hemmelig", "--fnr",
                "01017012345", "--navn", "Kari Nordmann", "--kryptert", brev.toString());

        SvarUtSimulator.Sent sent = simulator.svarUt().sent(sentId(run)).orElseThrow();
        assertThat(sent.kryptert()).isTrue();
        assertThat(sent.documents().get(0).content()).isEqualTo(Files.readAllBytes(brev));
        assertThat(sent.documents().get(0).receivedBytes()).isGreaterThan(Files.size(brev));
    }

    @Test
    void statusPrintsIdAndStatusPerLineInTheOrderGiven() throws IOException {
        UUID first = sentId(CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "En", "--org", RECEIVER,
                pdf("en.pdf", "En").toString()));
        UUID second = sentId(CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "To", "--org",
                "999000111", "--kun-digital", pdf("to.pdf", "To").toString()));

        CliRun run = CliRun.run(simulatorVariables(), "svarut", "status", second.toString(), first.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(second + " AKSEPTERT" + System.lineSeparator() + first + " KLAR_FOR_MOTTAK"
                + System.lineSeparator());
    }

    @Test
    void statusOfAnUnknownForsendelseIsUkjentAndExits1() {
        UUID unknown = UUID.randomUUID();
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "status", unknown.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(unknown + " UKJENT" + System.lineSeparator());
    }

    @Test
    void mottakersystemListsTheReceivingSystems() {
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "mottakersystem", RECEIVER);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith(simulator.credentials().svarInnMottakerId() + " 4 - ");

        CliRun none = CliRun.run(simulatorVariables(), "svarut", "mottakersystem", "999000111");
        assertThat(none.exitCode()).as(none.toString()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("999000111 has no receiving system");
    }

    @Test
    void aMissingFileIsNamedAndNothingIsSent() throws IOException {
        int before = simulator.svarUt().sent().size();
        Path missing = dir.resolve("finnes-ikke.pdf");
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Mangler", "--org", RECEIVER,
                pdf("finnes.pdf", "Finnes").toString(), missing.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("finnes-ikke.pdf");
        assertThat(run.out()).isEmpty();
        assertThat(simulator.svarUt().sent()).hasSize(before);
    }

    @Test
    void badInputIsExit2AndNothingIsSent() throws IOException {
        int before = simulator.svarUt().sent().size();
        Path empty = Files.createFile(dir.resolve("tom.pdf"));
        CliRun emptyFile = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Tom", "--org", RECEIVER,
                empty.toString());
        CliRun badOrg = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Feil", "--org", "12345",
                pdf("a.pdf", "A").toString());
        CliRun noRecipient = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Ingen",
                pdf("b.pdf", "B").toString());
        assertThat(emptyFile.exitCode()).as(emptyFile.toString()).isEqualTo(2);
        assertThat(emptyFile.err()).contains("tom.pdf", "is empty");
        assertThat(badOrg.exitCode()).as(badOrg.toString()).isEqualTo(2);
        assertThat(badOrg.err()).contains("organisasjonsnummer of 9 digits");
        assertThat(noRecipient.exitCode()).as(noRecipient.toString()).isEqualTo(2);
        assertThat(simulator.svarUt().sent()).hasSize(before);
    }

    @Test
    void aFailureAfterCreatingIsSettledByTheEksternReferanse() throws IOException {
        String ref = "cli-uncertain-" + UUID.randomUUID();
        simulator.svarUt().failNextSendAfterCreating(502);
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Usikker", "--org", RECEIVER,
                "--eksternref", ref, pdf("usikker.pdf", "Usikker").toString());
        UUID id = sentId(run);
        assertThat(simulator.svarUt().sent()).filteredOn(s -> ref.equals(s.eksternReferanse()))
                .extracting(SvarUtSimulator.Sent::id).containsExactly(id);
    }

    @Test
    void aFailureAfterTheBodyWithoutEksternReferanseIsUncertainExit1AndNotRepeated() throws IOException {
        int before = simulator.svarUt().sent().size();
        simulator.svarUt().failNextSendAfterCreating(0);
        CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Usikker", "--org", RECEIVER,
                pdf("usikker2.pdf", "Usikker").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("UNCERTAIN");
        assertThat(simulator.svarUt().sent()).hasSize(before + 1);
    }

    @Test
    void aRefusedIntegrasjonPassordIsExit2() throws IOException {
        Map<String, String> variables = simulatorVariables();
        variables.put(Variables.INTEGRASJON_PASSORD, "feil-passord-for-svarut");
        CliRun run = CliRun.run(variables, "svarut", "send", "--tittel", "Nekt", "--org", RECEIVER,
                pdf("nekt.pdf", "Nekt").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("NOT SENT");
    }

    @Test
    void anOutageIsExit1() throws IOException {
        simulator.faults().next(FaultRule.on("POST", "/api/v2/kontoer/").respondWithStatus(503).times(5).build());
        try {
            CliRun run = CliRun.run(simulatorVariables(), "svarut", "send", "--tittel", "Nede", "--org", RECEIVER,
                    "--eksternref", "cli-outage-" + UUID.randomUUID(), pdf("nede.pdf", "Nede").toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
        } finally {
            simulator.faults().clear();
        }
    }

    @Test
    void theUrlOptionIsTheBaseTheSpecsPathsHangFrom() throws IOException {
        Map<String, String> variables = simulatorVariables();
        variables.remove(Variables.SVARUT_URL);
        variables.remove(Variables.SVARUT_KONTO);
        CliRun run = CliRun.run(variables, "svarut", "send", "--url", simulator.svarUtApiBaseUrl().toString(),
                "--konto", simulator.credentials().svarUtKontoId().toString(), "--tittel", "Med url", "--org",
                RECEIVER, pdf("url.pdf", "Url").toString());
        sentId(run);
        assertThat(new String(run.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains(simulator.svarUtApiBaseUrl().toString());
    }
}
