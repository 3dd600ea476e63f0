package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deleting indexed messages through {@link InnsynClient}: by id in chunks, and by organisation. */
class InnsynDeletionTest {

    private static final UUID ORGANISASJON = TestMeldinger.ORGANISASJON;

    @RegisterExtension
    final InnsynServer server = new InnsynServer();

    @Test
    void deletesByIdInRequestsOfAtMost1000AsTheIntegration() throws Exception {
        server.answerWith(request -> InnsynServer.json(200, "{\"antallSlettet\": "
                + RecordedRequests.jsonBody(request).getAsJsonObject().getAsJsonArray("meldinger").size() + "}"));
        List<UUID> ids = LongStream.range(0, 2500).mapToObj(TestMeldinger::id).toList();

        long deleted = server.client().deleteMeldinger(ORGANISASJON, ids);

        assertThat(deleted).isEqualTo(2500);
        List<String> sent = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = server.takeRequest();
            assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-index/api/v1/delete/slettByMeldingId");
            InnsynServer.assertIntegrasjonMode(request);
            JsonArray meldinger = RecordedRequests.jsonBody(request).getAsJsonObject().getAsJsonArray("meldinger");
            sizes.add(meldinger.size());
            meldinger.forEach(melding -> {
                JsonObject spec = melding.getAsJsonObject();
                assertThat(spec.get("fiksOrgId").getAsString()).isEqualTo(ORGANISASJON.toString());
                sent.add(spec.get("meldingId").getAsString());
            });
        }
        assertThat(sizes).containsExactly(1000, 1000, 500);
        assertThat(sent).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
    }

    @Test
    void sendsNothingForNoIds() {
        assertThat(server.client().deleteMeldinger(ORGANISASJON, List.of())).isZero();

        assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesANullIdBeforeSendingAnything() {
        List<UUID> ids = new ArrayList<>(List.of(TestMeldinger.id(0)));
        ids.add(null);

        assertThatThrownBy(() -> server.client().deleteMeldinger(ORGANISASJON, ids))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("meldingId");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void deleteAllSendsOnlyTheOrganisation() throws Exception {
        server.respondWith(202, "{\"antallSlettet\": 17}");

        assertThat(server.client().deleteAll(ORGANISASJON)).isEqualTo(17);

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("DELETE /innsyn-index/api/v1/delete/slett");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of("fiksOrganisasjonId", List.of(ORGANISASJON.toString())));
        InnsynServer.assertIntegrasjonMode(request);
    }

    @Test
    void deleteByEksternRefSendsTheOrganisationAndTheReference() throws Exception {
        server.respondWith(202, "{}");

        assertThat(server.client().deleteByEksternRef(ORGANISASJON, "sakssystem.plansak")).isZero();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "fiksOrganisasjonId", List.of(ORGANISASJON.toString()),
                "eksternRef", List.of("sakssystem.plansak")));
        InnsynServer.assertIntegrasjonMode(request);
    }

    @Test
    void deleteMeldingSendsTheOrganisationAndTheId() throws Exception {
        server.respondWith(202, "{\"antallSlettet\": 1}");

        assertThat(server.client().deleteMelding(ORGANISASJON, TestMeldinger.id(3))).isEqualTo(1);

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "fiksOrganisasjonId", List.of(ORGANISASJON.toString()),
                "meldingId", List.of(TestMeldinger.id(3).toString())));
        InnsynServer.assertIntegrasjonMode(request);
    }

    @Test
    void refusesMissingParametersThatRetrofitWouldDropSilently() {
        InnsynClient client = server.client();

        assertThatThrownBy(() -> client.deleteAll(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("fiksOrganisasjonId");
        assertThatThrownBy(() -> client.deleteByEksternRef(ORGANISASJON, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eksternRef");
        assertThatThrownBy(() -> client.deleteMelding(ORGANISASJON, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("meldingId");
        assertThat(server.requestCount()).isZero();
    }
}
