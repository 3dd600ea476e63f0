package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksUnauthorizedException;
import io.github.fiksclients.svarinn.receive.ExpectedFile;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each {@link SvarInnClient} operation sends, with the receiving system's Basic credentials, and decodes. */
class SvarInnClientTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static TestRecipient recipient;
    private static KeyMaterial key;

    private MockWebServer server;

    @TempDir
    Path target;

    @BeforeAll
    static void makeKey() {
        recipient = TestRecipient.generate();
        key = KeyMaterial.of(recipient.privateKey());
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SvarInnClient client(SvarInnApiVersion version) {
        return SvarInnClient.builder()
                .baseUrl(server.url("/tjenester/").toString())
                .mottakersystem(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD))
                .privateKey(key)
                .apiVersion(version)
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
                .build();
    }

    private void respond(int status) {
        server.enqueue(new MockResponse.Builder().code(status).build());
    }

    private void respondJson(String json) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build());
    }

    private RecordedRequest take(String method, String path) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getUrl().encodedPath()).isEqualTo(path);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(FakeSvarInn.BASIC);
        return request;
    }

    @Test
    void fetchNewListsV2ForsendelserInTheVersionNeutralView() throws Exception {
        respondJson("""
                [{"id": "%s", "tittel": "Vedtak", "dato": "2024-05-01T12:30:00+02:00", "sikkerhetsniva": "HOYESTE",
                  "avsender": {"navn": "Fjordvik kommune"}, "nedlastingslenke": "https://svarut.example/1",
                  "filer": [{"filnavn": "vedtak.pdf", "hash": "%s", "storrelse": 2048},
                            {"filnavn": "kart.png", "hash": "%s"}]}]
                """.formatted(id(1), SHA_A, SHA_B.toUpperCase()));

        List<NyForsendelse> forsendelser;
        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            forsendelser = client.fetchNew();
        }

        take("GET", "/tjenester/svarinn/v2/forsendelser");
        assertThat(forsendelser).singleElement().satisfies(forsendelse -> {
            assertThat(forsendelse.id()).isEqualTo(id(1));
            assertThat(forsendelse.tittel()).contains("Vedtak");
            assertThat(forsendelse.avsenderNavn()).contains("Fjordvik kommune");
            assertThat(forsendelse.dato()).contains(OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2)));
            assertThat(forsendelse.sikkerhetsniva()).isEqualTo(Sikkerhetsniva.HOYESTE);
            assertThat(forsendelse.downloadUrl()).contains("https://svarut.example/1");
            assertThat(forsendelse.expectedFiles()).containsExactly(
                    ExpectedFile.of("vedtak.pdf", SHA_A, 2048), ExpectedFile.withUnknownSize("kart.png", SHA_B));
            assertThat(forsendelse.apiVersion()).isEqualTo(SvarInnApiVersion.V2);
            assertThat(forsendelse.v2Forsendelse()).hasValueSatisfying(
                    model -> assertThat(model.getNedlastingslenke()).isEqualTo("https://svarut.example/1"));
            assertThat(forsendelse.v1Forsendelse()).isEmpty();
        });
    }

    @Test
    void fetchNewListsV1ForsendelserWithSizeZeroAsUnknown() throws Exception {
        respondJson("""
                [{"id": "%s", "tittel": "Faktura", "date": 1714557600000, "status": "Ikke lest", "niva": "3",
                  "downloadUrl": "https://svarut.example/dl/1", "mottaker": {"navn": "Fjordvik kommune"},
                  "filmetadata": [{"filnavn": "faktura.pdf", "mimetype": "application/pdf", "sha256hash": "%s",
                                   "size": 0},
                                  {"filnavn": "vedlegg.pdf", "mimetype": "application/pdf", "sha256hash": "%s",
                                   "size": 12}]}]
                """.formatted(id(1), SHA_A, SHA_B));

        List<NyForsendelse> forsendelser;
        try (SvarInnClient client = client(SvarInnApiVersion.V1)) {
            forsendelser = client.fetchNew();
        }

        take("GET", "/tjenester/svarinn/mottaker/hentNyeForsendelser");
        assertThat(forsendelser).singleElement().satisfies(forsendelse -> {
            assertThat(forsendelse.dato()).contains(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
            assertThat(forsendelse.sikkerhetsniva()).isEqualTo(Sikkerhetsniva.BETYDELIG);
            assertThat(forsendelse.avsenderNavn()).isEmpty();
            assertThat(forsendelse.expectedFiles()).containsExactly(
                    ExpectedFile.withUnknownSize("faktura.pdf", SHA_A), ExpectedFile.of("vedlegg.pdf", SHA_B, 12));
            assertThat(forsendelse.v1Forsendelse()).hasValueSatisfying(
                    model -> assertThat(model.getStatus()).isEqualTo("Ikke lest"));
        });
    }

    @Test
    void unusableMetadataMarksOnlyThatForsendelseAndAForsendelseWithoutIdIsLeftOut() throws Exception {
        respondJson("""
                [{"id": "%s", "filer": [{"filnavn": "a.pdf", "hash": "%s", "storrelse": 1}]},
                 {"id": "%s", "filer": [{"filnavn": "a.pdf", "hash": "%s"}, {"filnavn": "b.pdf", "hash": "xyz"}]},
                 {"id": "%s", "filer": [{"hash": "%s"}]},
                 {"tittel": "no id", "filer": []}]
                """.formatted(id(1), SHA_A, id(2), SHA_A, id(3), SHA_A));

        List<NyForsendelse> forsendelser;
        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            forsendelser = client.fetchNew();
        }

        assertThat(forsendelser).extracting(NyForsendelse::id).containsExactly(id(1), id(2), id(3));
        assertThat(forsendelser.get(0).metadataProblem()).isEmpty();
        assertThat(forsendelser.get(1).metadataProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .hasMessage("Forsendelse " + id(2) + ": the metadata of file #2 is unusable: "
                        + "sha256 of 'b.pdf' must be 64 hexadecimal digits"));
        assertThatThrownBy(forsendelser.get(2)::expectedFiles)
                .isInstanceOf(ForsendelseMetadataException.class)
                .hasMessageEndingWith("file #1 is unusable: it has no filnavn");
    }

    @Test
    void acknowledgePatchesStatusMottattInV2() throws Exception {
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            client.acknowledge(id(1));
        }

        RecordedRequest request = take("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id(1) + "/status");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JsonParser.parseString(request.getBody().utf8())).isEqualTo(JsonParser.parseString("""
                {"status": "MOTTATT"}"""));
    }

    @Test
    void reportFailurePatchesStatusFeiletWithTheReasonInV2() throws Exception {
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            client.reportFailure(id(1), "the archive is read-only", true);
        }

        RecordedRequest request = take("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id(1) + "/status");
        assertThat(JsonParser.parseString(request.getBody().utf8())).isEqualTo(JsonParser.parseString("""
                {"status": "FEILET", "feil": {"feilmelding": "the archive is read-only", "permanent": true}}"""));
    }

    @Test
    void acknowledgePostsKvitterMottakInV1() throws Exception {
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V1)) {
            client.acknowledge(id(1));
        }

        RecordedRequest request = take("POST", "/tjenester/svarinn/kvitterMottak/forsendelse/" + id(1));
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void reportFailurePostsMottakFeiletInV1() throws Exception {
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V1)) {
            client.reportFailure(id(1), "checksum mismatch", false);
        }

        RecordedRequest request = take("POST", "/tjenester/svarinn/mottakFeilet/forsendelse/" + id(1));
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("feilmelding").getAsString()).isEqualTo("checksum mismatch");
        assertThat(body.get("permanent").getAsBoolean()).isFalse();
    }

    @Test
    void theStatusUpdateIsRetriedAfterA503InV2() throws Exception {
        respond(503);
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            client.acknowledge(id(1));
        }

        take("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id(1) + "/status");
        take("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id(1) + "/status");
    }

    @Test
    void theReceiptsAreRetriedAfterA503InV1() throws Exception {
        respond(503);
        respond(200);
        respond(503);
        respond(200);

        try (SvarInnClient client = client(SvarInnApiVersion.V1)) {
            client.acknowledge(id(1));
            client.reportFailure(id(2), "checksum mismatch", false);
        }

        assertThat(server.getRequestCount()).isEqualTo(4);
        take("POST", "/tjenester/svarinn/kvitterMottak/forsendelse/" + id(1));
        take("POST", "/tjenester/svarinn/kvitterMottak/forsendelse/" + id(1));
        take("POST", "/tjenester/svarinn/mottakFeilet/forsendelse/" + id(2));
        take("POST", "/tjenester/svarinn/mottakFeilet/forsendelse/" + id(2));
    }

    @Test
    void downloadGetsTheV2ForsendelseById() throws Exception {
        TestForsendelse forsendelse = TestForsendelse.of(id(1), recipient.certificate(), "brev.txt", "Hei");
        respondJson(listing(forsendelse, "nedlastingslenke", "https://elsewhere.example/1"));
        server.enqueue(FakeSvarInn.envelope(forsendelse.envelope()));

        ReceivedForsendelse received;
        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            received = client.download(client.fetchNew().get(0), target);
        }

        take("GET", "/tjenester/svarinn/v2/forsendelser");
        take("GET", "/tjenester/svarinn/v2/forsendelser/" + id(1));
        assertThat(received.directory().resolve("brev.txt")).hasContent("Hei");
    }

    @Test
    void v1DownloadFollowsTheForsendelsesLinkOnTheSameHost() throws Exception {
        String link = server.url("/tjenester/nedlasting/" + id(1)).toString();

        assertThat(v1DownloadPath(link)).isEqualTo("/tjenester/nedlasting/" + id(1));
    }

    @Test
    void v1DownloadByIdWhenTheLinkPointsElsewhereSoCredentialsStayHome() throws Exception {
        String link = "https://elsewhere.example/tjenester/nedlasting/1";

        assertThat(v1DownloadPath(link)).isEqualTo("/tjenester/svarinn/forsendelse/" + id(1));
    }

    /** Lists one v1 forsendelse with the given download link, downloads it, and returns the path it was got from. */
    private String v1DownloadPath(String link) throws InterruptedException {
        TestForsendelse forsendelse = TestForsendelse.of(id(1), recipient.certificate(), "brev.txt", "Hei");
        respondJson(listing(forsendelse, "downloadUrl", link));
        server.enqueue(FakeSvarInn.envelope(forsendelse.envelope()));

        try (SvarInnClient client = client(SvarInnApiVersion.V1)) {
            client.download(client.fetchNew().get(0), target);
        }

        take("GET", "/tjenester/svarinn/mottaker/hentNyeForsendelser");
        RecordedRequest download = server.takeRequest();
        assertThat(download.getHeaders().get("Authorization")).isEqualTo(FakeSvarInn.BASIC);
        return download.getUrl().encodedPath();
    }

    /** A one-forsendelse listing for either version, with the download link under the version's name. */
    private static String listing(TestForsendelse forsendelse, String linkName, String link) {
        TestForsendelse.FileMeta file = forsendelse.metadata().get(0);
        return """
                [{"id": "%s", "%s": "%s",
                  "filer": [{"filnavn": "%s", "hash": "%s", "storrelse": %d}],
                  "filmetadata": [{"filnavn": "%s", "sha256hash": "%s", "size": %d}]}]
                """.formatted(forsendelse.id(), linkName, link, file.filnavn(), file.sha256(), file.size(),
                file.filnavn(), file.sha256(), file.size());
    }

    @Test
    void aWrongPasswordFailsThePollWithATypedError() {
        respond(401);

        try (SvarInnClient client = client(SvarInnApiVersion.V2)) {
            assertThatThrownBy(client::fetchNew)
                    .isInstanceOf(FiksUnauthorizedException.class)
                    .hasMessageNotContaining(FakeSvarInn.PASSORD);
        }
    }

    @Test
    void downloadingNeedsThePrivateKeyButListingAndAcknowledgingDoNot() throws Exception {
        respond(200);

        try (SvarInnClient client = SvarInnClient.builder()
                .baseUrl(server.url("/tjenester/").toString())
                .mottakersystem(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD))
                .build()) {
            client.acknowledge(id(1));
            assertThatThrownBy(() -> client.receive(target, (forsendelse, files) -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("privateKey");
        }

        take("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id(1) + "/status");
    }

    @Test
    void theBuilderNeedsOneTargetAndTheReceivingSystem() {
        assertThatThrownBy(() -> SvarInnClient.builder().environment(FiksEnvironment.TEST).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("Set mottakersystem(id, passord)");
        assertThatThrownBy(() -> SvarInnClient.builder().mottakersystem("m", Secret.of("p")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("Set environment(...) or baseUrl(...)");
        assertThatThrownBy(() -> SvarInnClient.builder().mottakersystem("m", Secret.of("p"))
                .environment(FiksEnvironment.PROD).baseUrl("https://svarut.example/").build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEnvironmentMeansTheSvarUtHostAndToStringShowsNoSecret() {
        try (SvarInnClient client = SvarInnClient.builder()
                .environment(FiksEnvironment.TEST)
                .mottakersystem(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD))
                .privateKey(key)
                .build()) {
            assertThat(client.toString())
                    .isEqualTo("SvarInnClient{baseUrl=https://test.svarut.ks.no/tjenester/, apiVersion=V2, "
                            + "mottakersystem=" + FakeSvarInn.MOTTAKERSYSTEM + ", privateKey=set}");
        }
    }
}
