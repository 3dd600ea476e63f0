package io.github.fiksclients.innsyn.delete.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.delete.v1.api.DeleteApi;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingerSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettRespons;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code innsyn-delete-api-v1}: {@code slett} and {@code slettByMeldingId}. */
class DeleteApiTest {

    private static final UUID ORGANISASJON = UUID.fromString("5f0c9b1e-2d4a-4c61-9a8e-1f2b3c4d5e6f");
    private static final UUID MELDING = UUID.fromString("0d6f8a2b-7c3e-4b19-8f50-a1b2c3d4e5f6");

    @RegisterExtension
    final ApiServer<DeleteApi> server = new ApiServer<>(DeleteApi.class);

    @Test
    void slettSendsDeleteWithOrganisationAndMeldingIdAsQuery() throws Exception {
        server.respondWith(202, "{\"antallSlettet\": 1}");

        server.api().slett(ORGANISASJON, null, MELDING).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("DELETE /innsyn-index/api/v1/delete/slett");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "fiksOrganisasjonId", List.of(ORGANISASJON.toString()),
                "meldingId", List.of(MELDING.toString())));
    }

    @Test
    void slettByEksternRefSendsTheReferenceAndLeavesMeldingIdOut() throws Exception {
        server.respondWith(202, "{\"antallSlettet\": 12}");

        server.api().slett(ORGANISASJON, "sakssystem.plansak", null).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "fiksOrganisasjonId", List.of(ORGANISASJON.toString()),
                "eksternRef", List.of("sakssystem.plansak")));
    }

    @Test
    void slettDecodesTheNumberDeletedAndIgnoresUnknownProperties() throws Exception {
        server.respondWith(202, "{\"antallSlettet\": 12, \"somethingNew\": {\"nested\": true}}");

        SlettRespons respons = server.api().slett(ORGANISASJON, "sakssystem.plansak", null).execute();

        assertThat(respons.getAntallSlettet()).isEqualTo(12L);
    }

    @Test
    void slettByMeldingIdPostsTheIdsAsJson() throws Exception {
        server.respondWith("{\"antallSlettet\": 2}");
        UUID other = UUID.fromString("9a8b7c6d-5e4f-4321-8765-0fedcba98765");
        SlettMeldingerSpec spec = new SlettMeldingerSpec()
                .addMeldingerItem(new SlettMeldingSpec().fiksOrgId(ORGANISASJON).meldingId(MELDING))
                .addMeldingerItem(new SlettMeldingSpec().fiksOrgId(ORGANISASJON).meldingId(other));

        SlettRespons respons = server.api().slettByMeldingId(spec).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request))
                .isEqualTo("POST /innsyn-index/api/v1/delete/slettByMeldingId");
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = RecordedRequests.jsonBody(request).getAsJsonObject();
        assertThat(body.getAsJsonArray("meldinger")).hasSize(2);
        JsonObject first = body.getAsJsonArray("meldinger").get(0).getAsJsonObject();
        assertThat(first.get("fiksOrgId").getAsString()).isEqualTo(ORGANISASJON.toString());
        assertThat(first.get("meldingId").getAsString()).isEqualTo(MELDING.toString());
        assertThat(body.getAsJsonArray("meldinger").get(1).getAsJsonObject().get("meldingId").getAsString())
                .isEqualTo(other.toString());
        assertThat(respons.getAntallSlettet()).isEqualTo(2L);
    }

    @Test
    void slettByMeldingIdLeavesAnUnsetListOutOfTheBody() throws Exception {
        server.respondWith("{\"antallSlettet\": 0}");

        server.api().slettByMeldingId(new SlettMeldingerSpec()).execute();

        assertThat(RecordedRequests.jsonBody(server.takeRequest()).getAsJsonObject().keySet()).isEmpty();
    }
}
