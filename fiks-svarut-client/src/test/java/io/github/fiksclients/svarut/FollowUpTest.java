package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.svarut.lest.v2.model.LestAv;
import io.github.fiksclients.svarut.status.v2.model.ForsendelseStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The follow-up operations against MockWebServer: what each sends and how its answer is read. */
class FollowUpTest {

    private static final UUID KONTO = UUID.fromString("0c1d2e3f-0000-4000-8000-0000000000c1");
    private static final UUID ID = UUID.fromString("0c1d2e3f-0000-4000-8000-0000000000d2");

    private MockWebServer server;
    private SvarUtClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = SvarUtClient.builder().baseUrl(server.url("/api/")).konto(KONTO)
                .integrasjon("integrasjon-1", Secret.of("oppfolging-passord-1"))
                .accessTokenProvider(() -> "oppfolging-token")
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(5)).build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void asksForStatusesInBatchesOfAHundredIds() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            ids.add(UUID.randomUUID());
        }
        for (int from = 0; from < 250; from += 100) {
            List<UUID> batch = ids.subList(from, Math.min(250, from + 100));
            server.enqueue(json("{\"statuser\":[" + batch.stream()
                    .map(id -> "{\"id\":\"" + id + "\",\"status\":\"LEST\"}").collect(Collectors.joining(","))
                    + "]}"));
        }

        List<ForsendelseStatus> statuser = client.statuser(ids);

        assertThat(statuser).extracting(ForsendelseStatus::getId).containsExactlyElementsOf(ids);
        assertThat(statuser).extracting(s -> s.getStatus().getValue()).containsOnly("LEST");
        for (int batch = 0; batch < 3; batch++) {
            RecordedRequest sent = server.takeRequest();
            assertThat(sent.getMethod()).isEqualTo("POST");
            assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/v2/kontoer/" + KONTO + "/forsendelser/status-sok");
            assertThat(JsonParser.parseString(sent.getBody().utf8()).getAsJsonObject()
                    .getAsJsonArray("forsendelseIds")).hasSize(batch < 2 ? 100 : 50);
            assertThat(sent.getHeaders().get("IntegrasjonId")).isEqualTo("integrasjon-1");
        }
    }

    @Test
    void marksAsReadWithTheLestAvBody() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(204).build());
        client.markAsRead(ID, new LestAv().fnr("01017012345").tidspunkt(OffsetDateTime.parse("2025-03-01T10:15:30Z"))
                .eksterntSystemnavn("Saksportal"));
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/v2/forsendelser/" + ID + "/lest");
        JsonObject body = JsonParser.parseString(sent.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("eksterntSystemnavn").getAsString()).isEqualTo("Saksportal");
        assertThat(body.get("fnr").getAsString()).isEqualTo("01017012345");
    }

    @Test
    void deletesDocumentsWithTheSlettetype() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(204).build());
        client.deleteDocuments(ID, SvarUtClient.Slettetype.ORIGINALDOKUMENTER);
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("DELETE");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/v2/forsendelser/" + ID + "/dokumenter");
        assertThat(sent.getUrl().queryParameter("slettetype")).isEqualTo("ORIGINALDOKUMENTER");
    }

    @Test
    void readsHendelserMetadataTyperAndMottakersystemer() throws InterruptedException {
        server.enqueue(json("{\"hendelser\":[{\"tidspunkt\":\"2025-03-01T10:15:30Z\",\"hendelse\":\"Lest\"}]}"));
        server.enqueue(json("{\"dokumenter\":[{\"filnavn\":\"vedtak.pdf\",\"storrelse\":12,\"sha256Hash\":\"ab\"}]}"));
        server.enqueue(json("{\"forsendelsestyper\":[\"Vedtak\",\"Brev\"]}"));
        server.enqueue(json("{\"mottakersystemer\":[{\"id\":\"m-1\",\"organisasjonsnummer\":\"999888777\","
                + "\"niva\":4}]}"));
        server.enqueue(json("{\"forsendelseIds\":[\"" + ID + "\"]}"));

        assertThat(client.hendelser(ID)).singleElement().satisfies(h -> assertThat(h.getHendelse()).isEqualTo("Lest"));
        assertThat(client.metadata(ID)).singleElement()
                .satisfies(d -> assertThat(d.getStorrelse()).isEqualTo(12L));
        assertThat(client.forsendelsestyper()).containsExactlyInAnyOrder("Vedtak", "Brev");
        assertThat(client.mottakersystemer("999888777", "Vedtak", 4)).singleElement()
                .satisfies(m -> assertThat(m.getNiva()).isEqualTo(4));
        assertThat(client.findByEksternReferanse("sak 42/æ")).containsExactly(ID);

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v2/forsendelser/" + ID + "/hendelser");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v2/forsendelser/" + ID + "/metadata");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v2/forsendelsestyper");
        RecordedRequest lookup = server.takeRequest();
        assertThat(lookup.getUrl().encodedPath()).isEqualTo("/api/v2/mottakersystem");
        assertThat(lookup.getUrl().queryParameter("organisasjonsnummer")).isEqualTo("999888777");
        assertThat(lookup.getUrl().queryParameter("forsendelseType")).isEqualTo("Vedtak");
        assertThat(lookup.getUrl().queryParameter("niva")).isEqualTo("4");
        RecordedRequest eksternRef = server.takeRequest();
        assertThat(eksternRef.getUrl().encodedPath()).isEqualTo("/api/v2/kontoer/" + KONTO + "/forsendelser");
        assertThat(eksternRef.getUrl().queryParameter("eksternRef")).isEqualTo("sak 42/æ");
    }

    @Test
    void aRetryableStatusIsRetriedForTheIdempotentStatusSearch() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json("{\"statuser\":[{\"id\":\"" + ID + "\",\"status\":\"MOTTATT\"}]}"));
        assertThat(client.statuser(List.of(ID))).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
