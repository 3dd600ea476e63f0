package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.ForsendelseNotSentException;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.svarut.hendelser.v2.model.Hendelse;
import io.github.fiksclients.svarut.lest.v2.model.LestAv;
import io.github.fiksclients.svarut.metadata.v2.model.DokumentMetadata;
import io.github.fiksclients.svarut.mottakersystem.v2.model.Mottakersystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The simulated SvarUt v2 through the real SvarUtClient, and its delivery to SvarInn. */
@ExtendWith(FiksSimulatorExtension.class)
class SvarUtV2Test {

    private static final byte[] VEDTAK = "%PDF-1.7\n% vedtak\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VEDLEGG = "%PDF-1.7\n% vedlegg\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final RetryPolicy QUICK = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build();

    private static FiksSimulator simulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
    }

    private static SvarUtClient.Builder svarUt(String integrasjonPassord) {
        SimulatorCredentials demo = simulator.credentials();
        return SvarUtClient.builder()
                .baseUrl(simulator.svarUtApiBaseUrl().toString())
                .konto(demo.svarUtKontoId())
                .integrasjon(demo.integrasjonId().toString(), Secret.of(integrasjonPassord))
                .accessTokenProvider(() -> simulator.maskinporten().issueAccessToken(demo.maskinportenClientId(),
                        "ks:fiks"))
                .retryPolicy(QUICK);
    }

    private static SvarUtClient svarUt() {
        return svarUt(simulator.credentials().integrasjonPassord()).build();
    }

    private static Forsendelse.Builder forsendelse(String orgnr) {
        return Forsendelse.builder().tittel("Vedtak")
                .mottaker(Mottaker.organisasjon(orgnr).navn("Mottaker"))
                .dokument(Dokument.fromStream("vedtak.pdf", () -> new ByteArrayInputStream(VEDTAK)))
                .dokument(Dokument.fromStream("vedlegg.pdf", () -> new ByteArrayInputStream(VEDLEGG)));
    }

    private static String receiver() {
        return simulator.credentials().svarUtMottakerOrgnr();
    }

    @Test
    void anEncryptedForsendelseIsDeliveredThroughSvarInnAndItsStatusFollowsTheReceiver() throws Exception {
        UUID id;
        try (SvarUtClient client = svarUt()) {
            id = client.send(forsendelse(receiver()).kryptert(true).krevNiva4Innlogging(true).build());
            assertThat(client.statuser(List.of(id))).singleElement()
                    .satisfies(s -> assertThat(s.getStatus().getValue()).isEqualTo("KLAR_FOR_MOTTAK"));
        }
        SvarUtSimulator.Sent sent = simulator.svarUt().sent(id).orElseThrow();
        assertThat(sent.documents().get(0).content()).as("decrypted with SvarUt's key").isEqualTo(VEDTAK);
        assertThat(sent.documents().get(0).receivedBytes()).isGreaterThan(VEDTAK.length);

        SimulatorCredentials demo = simulator.credentials();
        ReceiveResult received;
        try (SvarInnClient svarInn = SvarInnClient.builder().baseUrl(simulator.svarUtBaseUrl().toString())
                .mottakersystem(demo.svarInnMottakerId(), Secret.of(demo.svarInnMottakerPassord()))
                .privateKey(KeyMaterial.of(demo.svarInnPrivateKey())).build()) {
            received = svarInn.receive(dir, (forsendelse, files) -> { });
        }
        assertThat(received.acknowledged()).contains(sent.svarInnId().toString());
        assertThat(Files.readAllBytes(dir.resolve(sent.svarInnId().toString()).resolve("vedtak.pdf")))
                .isEqualTo(VEDTAK);

        try (SvarUtClient client = svarUt()) {
            assertThat(client.statuser(List.of(id)).get(0).getStatus().getValue()).isEqualTo("LEST");
            assertThat(client.hendelser(id)).extracting(Hendelse::getHendelse)
                    .contains("Mottatt og kvittert av mottakersystem");
        }
    }

    @Test
    void aPermanentFailureOfTheReceiverMakesItIkkeLevert() {
        UUID id;
        try (SvarUtClient client = svarUt()) {
            id = client.send(forsendelse(receiver()).build());
        }
        UUID svarInnId = simulator.svarUt().sent(id).orElseThrow().svarInnId();
        SimulatorCredentials demo = simulator.credentials();
        try (SvarInnClient svarInn = SvarInnClient.builder().baseUrl(simulator.svarUtBaseUrl().toString())
                .mottakersystem(demo.svarInnMottakerId(), Secret.of(demo.svarInnMottakerPassord())).build()) {
            svarInn.reportFailure(svarInnId.toString(), "Ukjent saksnummer", true);
        }
        assertThat(simulator.svarUt().status(id)).isEqualTo("IKKE_LEVERT");
    }

    @Test
    void answersTheFollowUpOperations() {
        String ref = "oppfolging-" + UUID.randomUUID();
        try (SvarUtClient client = svarUt()) {
            UUID id = client.send(forsendelse("999000111").eksternReferanse(ref).build());
            assertThat(client.findByEksternReferanse(ref)).containsExactly(id);
            assertThat(client.statuser(List.of(id)).get(0).getStatus().getValue()).isEqualTo("AKSEPTERT");
            assertThat(client.metadata(id)).extracting(DokumentMetadata::getFilnavn, DokumentMetadata::getStorrelse)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("vedtak.pdf", (long) VEDTAK.length),
                            org.assertj.core.groups.Tuple.tuple("vedlegg.pdf", (long) VEDLEGG.length));
            client.markAsRead(id, new LestAv().fnr("01017012345").tidspunkt(OffsetDateTime.now())
                    .eksterntSystemnavn("Saksportal"));
            assertThat(client.statuser(List.of(id)).get(0).getStatus().getValue()).isEqualTo("LEST");
            client.deleteDocuments(id, SvarUtClient.Slettetype.ALLE);
            assertThat(client.metadata(id)).isEmpty();
            assertThat(client.signeringshendelser(id)).isEmpty();
            assertThat(client.forsendelsestyper()).contains("Vedtak");
            assertThat(client.mottakersystemer(receiver(), null, 4)).extracting(Mottakersystem::getId)
                    .containsExactly(simulator.credentials().svarInnMottakerId());
            assertThat(client.mottakersystemer("999000111", null, null)).isEmpty();
        }
    }

    @Test
    void aWrongIntegrasjonPassordIsRefusedAndNothingIsStored() {
        int before = simulator.svarUt().sent().size();
        try (SvarUtClient client = svarUt("galt-passord-svarut").build()) {
            assertThatThrownBy(() -> client.send(forsendelse(receiver()).build()))
                    .isInstanceOf(ForsendelseNotSentException.class)
                    .hasCauseInstanceOf(FiksForbiddenException.class);
        }
        assertThat(simulator.svarUt().sent()).hasSize(before);
    }

    @Test
    void anInjectedOutageIsSettledByTheEksternReferanseAndSentOnce() {
        String ref = "utfall-" + UUID.randomUUID();
        simulator.faults().next(FaultRule.on("POST", "/api/v2/kontoer/").respondWithStatus(503).build());
        assertSentOnceWith(ref);
    }

    @Test
    void aFailureAfterCreatingIsSettledByTheEksternReferance() {
        String ref = "etter-" + UUID.randomUUID();
        simulator.svarUt().failNextSendAfterCreating(500);
        assertSentOnceWith(ref);
    }

    /** Sends a forsendelse with the eksternReferanse and checks that SvarUt holds it, and only it, under that. */
    private void assertSentOnceWith(String ref) {
        UUID id;
        try (SvarUtClient client = svarUt()) {
            id = client.send(forsendelse(receiver()).eksternReferanse(ref).build());
        }
        assertThat(simulator.svarUt().sent()).filteredOn(s -> ref.equals(s.eksternReferanse()))
                .extracting(SvarUtSimulator.Sent::id).containsExactly(id);
    }

    @Test
    void refusesASendWhosePartsDoNotMatchTheMetadata() throws Exception {
        SimulatorCredentials demo = simulator.credentials();
        String metadata = "{\"tittel\":\"T\",\"mottaker\":{\"navn\":\"M\",\"digitalId\":\"999000111\"},"
                + "\"dokumenter\":[{\"filnavn\":\"a.pdf\",\"mimeType\":\"application/pdf\"}]}";
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("forsendelse", null, RequestBody.create(metadata, MediaType.get("application/json")))
                .addFormDataPart("dokumenter", "b.pdf", RequestBody.create(VEDTAK, MediaType.get("application/pdf")))
                .build();
        Request request = new Request.Builder()
                .url(simulator.svarUtApiBaseUrl().resolve("v2/kontoer/" + demo.svarUtKontoId() + "/forsendelser")
                        .toString())
                .post(body).build();
        try (Response response = TestClients.organisation(simulator).newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("b.pdf", "a.pdf");
        }
    }
}
