package io.github.fiksclients.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarinn.NyForsendelse;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SampleVedtak;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SvarInnClient}'s receive loop against the simulator, end to end: HTTP Basic, real CMS envelopes
 * decrypted with the mottakersystem's PEM key, SHA-256 verification, and the status reports the simulator records.
 */
@ExtendWith(FiksSimulatorExtension.class)
class SvarInnEndToEndTest {

    @TempDir
    static Path keys;

    private static FiksSimulator simulator;
    private static KeyMaterial privateKey;

    @TempDir
    Path innkommende;

    private String mottaker;

    @BeforeAll
    static void readTheDemoKey(FiksSimulator running) throws IOException {
        simulator = running;
        simulator.credentials().writePemFiles(keys);
        privateKey = KeyMaterial.fromPem(keys.resolve(SimulatorCredentials.SVARINN_KEY_FILE));
    }

    @BeforeEach
    void newMottaker() {
        mottaker = UUID.randomUUID().toString();
        simulator.svarInn().registerMottaker(mottaker, "mottaker-pw-Ej92", simulator.credentials().svarInnCertificate());
    }

    private SvarInnClient client(SvarInnApiVersion apiVersion) {
        return SvarInnClient.builder()
                .baseUrl(simulator.svarUtBaseUrl().toString())
                .apiVersion(apiVersion)
                .mottakersystem(mottaker, Secret.of("mottaker-pw-Ej92"))
                .privateKey(privateKey)
                .build();
    }

    private UUID enqueue(SimulatedForsendelse.Builder forsendelse) {
        return simulator.svarInn().enqueue(mottaker, forsendelse.build());
    }

    private void receivesAndAcknowledgesEveryForsendelse(SvarInnApiVersion apiVersion) {
        UUID first = enqueue(SampleVedtak.builder());
        UUID second = enqueue(SampleVedtak.builder().tittel("Nytt vedtak"));
        List<String> handled = new ArrayList<>();

        ReceiveResult result;
        try (SvarInnClient svarInn = client(apiVersion)) {
            result = svarInn.receive(innkommende, (forsendelse, files) -> handled.add(forsendelse.id()));
        }

        assertThat(result.hasFailures()).as(result.toString()).isFalse();
        assertThat(result.acknowledged()).containsExactly(first.toString(), second.toString());
        assertThat(handled).isEqualTo(result.acknowledged());
        for (UUID id : List.of(first, second)) {
            assertThat(innkommende.resolve(id + "/vedtak.pdf")).hasBinaryContent(SampleVedtak.VEDTAK);
            assertThat(innkommende.resolve(id + "/kart.png")).hasBinaryContent(SampleVedtak.KART);
            assertThat(simulator.svarInn().status(id).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
        }
    }

    @Test
    void v2ReceiveLoopDecryptsVerifiesAndAcknowledges() {
        receivesAndAcknowledgesEveryForsendelse(SvarInnApiVersion.V2);
    }

    @Test
    void v1ReceiveLoopDecryptsVerifiesAndAcknowledges() {
        receivesAndAcknowledgesEveryForsendelse(SvarInnApiVersion.V1);
    }

    @Test
    void stepByStepTheMetadataListsTheFilesAndTheDownloadHoldsThem() {
        UUID id = enqueue(SampleVedtak.builder());

        try (SvarInnClient svarInn = client(SvarInnApiVersion.V2)) {
            List<NyForsendelse> nye = svarInn.fetchNew();
            ReceivedForsendelse files = svarInn.download(nye.get(0), innkommende);
            svarInn.acknowledge(nye.get(0).id());

            assertThat(nye).extracting(NyForsendelse::id).containsExactly(id.toString());
            assertThat(nye.get(0).tittel()).contains("Vedtak i byggesak");
            assertThat(nye.get(0).avsenderNavn()).contains("Fjordvik kommune");
            assertThat(files.files()).extracting(file -> file.filnavn() + " " + file.size())
                    .containsExactly("vedtak.pdf " + SampleVedtak.VEDTAK.length,
                            "kart.png " + SampleVedtak.KART.length);
            assertThat(svarInn.fetchNew()).isEmpty();
        }
    }

    @Test
    void namesNotValidOnWindowsArriveUnderSafeNamesAndAHostileEnvelopeFailsAlone() {
        byte[] con = "device name".getBytes(StandardCharsets.UTF_8);
        byte[] vedtak = "%PDF vedtak".getBytes(StandardCharsets.UTF_8);
        byte[] notat = "notat".getBytes(StandardCharsets.UTF_8);
        UUID windows = enqueue(SimulatedForsendelse.builder().tittel("Navn som Windows ikke tar")
                .file("CON", "text/plain", con).file("Vedtak: 12?.pdf", "application/pdf", vedtak)
                .file("notat.", "text/plain", notat));
        byte[] claimsTwoGibibytes = HexFormat.of().parseHex("3080" + "06092a864886f70d010703" + "a080" + "3080"
                + "020100" + "3180" + "04847fffffff" + "00".repeat(1024));
        UUID hostile = enqueue(SampleVedtak.builder().withDownload(claimsTwoGibibytes));
        UUID after = enqueue(SampleVedtak.builder());

        ReceiveResult result;
        try (SvarInnClient svarInn = client(SvarInnApiVersion.V2)) {
            result = svarInn.receive(innkommende, (forsendelse, files) -> { });
        }

        assertThat(result.acknowledged()).containsExactly(windows.toString(), after.toString());
        assertThat(innkommende.resolve(windows + "/_CON")).hasBinaryContent(con);
        assertThat(innkommende.resolve(windows + "/Vedtak_ 12_.pdf")).hasBinaryContent(vedtak);
        assertThat(innkommende.resolve(windows + "/notat_")).hasBinaryContent(notat);
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(hostile.toString());
            assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseDecryptionException.class,
                    e -> assertThat(e.reason()).isEqualTo(ForsendelseDecryptionException.Reason.CORRUPT_ENVELOPE));
        });
        assertThat(simulator.svarInn().status(hostile).state()).isEqualTo(ForsendelseStatus.State.FEILET);
        assertThat(innkommende.resolve(hostile.toString())).doesNotExist();
    }

    @Test
    void aForsendelseThatFailsVerificationIsReportedAndOfferedAgain() {
        UUID good = enqueue(SampleVedtak.builder());
        UUID tampered = enqueue(SampleVedtak.builder().withWrongHash("kart.png"));

        ReceiveResult result;
        List<String> offeredAfterwards;
        try (SvarInnClient svarInn = client(SvarInnApiVersion.V2)) {
            result = svarInn.receive(innkommende, (forsendelse, files) -> { });
            offeredAfterwards = svarInn.fetchNew().stream().map(NyForsendelse::id).toList();
        }

        assertThat(result.acknowledged()).containsExactly(good.toString());
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(tampered.toString());
            assertThat(failure.exception()).isInstanceOf(ForsendelseVerificationException.class);
            assertThat(failure.failureReported()).isTrue();
        });
        assertThat(innkommende.resolve(tampered.toString())).doesNotExist();
        ForsendelseStatus status = simulator.svarInn().status(tampered);
        assertThat(status.state()).isEqualTo(ForsendelseStatus.State.FEILET);
        assertThat(status.permanent()).isFalse();
        assertThat(status.feilmelding()).contains("kart.png");
        assertThat(offeredAfterwards).containsExactly(tampered.toString());
    }
}
