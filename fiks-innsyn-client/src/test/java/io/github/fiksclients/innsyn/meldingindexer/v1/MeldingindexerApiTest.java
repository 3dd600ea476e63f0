package io.github.fiksclients.innsyn.meldingindexer.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.meldingindexer.v1.api.IndexApi;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.BulkResponse;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.DeletionResponse;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Dokument;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Enhet;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Faktura;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.FiksOrganisasjon;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Forsendelse;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.IndexRequest;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.IndexResponse;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Journalpost;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Parent;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.ParentType;
import io.github.fiksclients.innsyn.meldingindexer.v1.model.Sakmappe;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated client of {@code meldingindexer-api} (Swagger 2.0): {@code index} with polymorphic
 * {@code ParentType}, {@code delete} and {@code deleteMe}.
 */
class MeldingindexerApiTest {

    private static final UUID ID = UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a");
    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");
    private static final String INDEXED = "{\"results\": [], \"failed\": false}";
    private static final String DELETED = "{\"deletedMessages\": 1, \"operationFailed\": false}";

    @RegisterExtension
    final ApiServer<IndexApi> server = new ApiServer<>(IndexApi.class);

    @Test
    void indexPutsTheRequestsAsAJsonArray() throws Exception {
        server.respondWith(INDEXED);
        Forsendelse forsendelse = new Forsendelse()
                .tittel("Melding om vedtak")
                .sendtDato(1714557600000L)
                .avsender("Fjordvik kommune")
                .mottaker("Ola Nordmann")
                .lest(true)
                .parent(new Parent().id(ID).type(Parent.TypeEnum.SAKMAPPE))
                .addDokumenterItem(new Dokument().tittel("vedtak.pdf").size(1024));

        server.api().index(List.of(request(forsendelse))).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("PUT /meldingindexer/api/indexRequest");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonArray body = RecordedRequests.jsonBody(request).getAsJsonArray();
        assertThat(body).hasSize(1);
        JsonObject written = body.get(0).getAsJsonObject();
        assertThat(written.get("id").getAsString()).isEqualTo(ID.toString());
        assertThat(written.get("innloggingsniva").getAsInt()).isEqualTo(4);
        assertThat(written.get("eksponertFor").getAsString()).isEqualTo("01017012345");
        assertThat(written.getAsJsonObject("fiksOrganisasjon").get("id").getAsString())
                .isEqualTo(ORGANISASJON.toString());
        assertThat(written.getAsJsonObject("enhet").get("visningsnavn").getAsString()).isEqualTo("Byggesak");
        JsonObject metadata = written.getAsJsonObject("typeMetadata");
        assertThat(metadata.get("tittel").getAsString()).isEqualTo("Melding om vedtak");
        assertThat(metadata.get("sendtDato").getAsLong()).isEqualTo(1714557600000L);
        assertThat(metadata.getAsJsonObject("parent").get("type").getAsString()).isEqualTo("sakmappe");
        assertThat(metadata.getAsJsonArray("dokumenter")).hasSize(1);
    }

    static Stream<Arguments> eachParentTypeSubtype() {
        return Stream.of(
                Arguments.of(new Faktura().belop("1250.00"), "faktura", "belop"),
                Arguments.of(new Forsendelse().avsender("Fjordvik kommune"), "forsendelse", "avsender"),
                Arguments.of(new Journalpost().registreringsId("2024/42-1"), "journalpost", "registreringsId"),
                Arguments.of(new Sakmappe().saksstatus(Sakmappe.SaksstatusEnum.UNDER_BEHANDLING), "sakmappe",
                        "saksstatus"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eachParentTypeSubtype")
    void indexWritesTheTypeOfEachParentTypeSubtypeTheCallerLeftUnset(ParentType metadata, String type,
            String ownProperty) throws Exception {
        server.respondWith(INDEXED);

        server.api().index(List.of(request(metadata))).execute();

        JsonObject written = RecordedRequests.jsonBody(server.takeRequest()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("typeMetadata");
        assertThat(written.get("type").getAsString()).isEqualTo(type);
        assertThat(written.has(ownProperty)).as("the subtype's own property %s is written", ownProperty).isTrue();
    }

    @Test
    void indexDecodesEachResultAndMapsAnUnknownResponseCodeToTheDefault() throws Exception {
        server.respondWith("""
                {
                  "results": [
                    {"id": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a", "indexed": true, "responseCode": "OK"},
                    {"id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", "indexed": false, "responseCode": "THROTTLED",
                     "message": "try again later"}
                  ],
                  "failed": true,
                  "error": "1 of 2 not indexed",
                  "took": 17
                }
                """);

        BulkResponse response = server.api().index(List.of(request(new Faktura()))).execute();

        assertThat(response.getFailed()).isTrue();
        assertThat(response.getError()).isEqualTo("1 of 2 not indexed");
        assertThat(response.getResults())
                .extracting(IndexResponse::getIndexed, IndexResponse::getResponseCode)
                .containsExactly(
                        tuple(true, IndexResponse.ResponseCodeEnum.OK),
                        tuple(false,
                                IndexResponse.ResponseCodeEnum.UNKNOWN_DEFAULT_OPEN_API));
        assertThat(response.getResults().get(1).getMessage()).isEqualTo("try again later");
    }

    @Test
    void deleteSendsOrganisationEnhetAndMeldingIdAsQuery() throws Exception {
        server.respondWith(DELETED);

        server.api().delete(ORGANISASJON, "byggesak", ID).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("DELETE /meldingindexer/api/deleteRequest");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "fiksOrganisasjonId", List.of(ORGANISASJON.toString()),
                "enhetId", List.of("byggesak"),
                "meldingId", List.of(ID.toString())));
    }

    @Test
    void deleteLeavesOutTheOptionalParametersThatAreNull() throws Exception {
        server.respondWith(DELETED);

        server.api().delete(ORGANISASJON, null, null).execute();

        assertThat(RecordedRequests.query(server.takeRequest()))
                .isEqualTo(Map.of("fiksOrganisasjonId", List.of(ORGANISASJON.toString())));
    }

    @Test
    void deleteDecodesTheOutcomeWithTheIdsThatFailed() throws Exception {
        server.respondWith("""
                {
                  "deletedMessages": 40,
                  "failureId": "f-981",
                  "operationFailed": false,
                  "deletionsFailed": true,
                  "failedDeletionMessageId": ["3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a"],
                  "node": "indexer-2"
                }
                """);

        DeletionResponse response = server.api().delete(ORGANISASJON, null, null).execute();

        assertThat(response.getDeletedMessages()).isEqualTo(40L);
        assertThat(response.getFailureId()).isEqualTo("f-981");
        assertThat(response.getOperationFailed()).isFalse();
        assertThat(response.getDeletionsFailed()).isTrue();
        assertThat(response.getFailedDeletionMessageId()).containsExactly(ID.toString());
    }

    @Test
    void deleteMeSendsDeleteWithoutParametersOrBody() throws Exception {
        server.respondWith(DELETED);

        DeletionResponse response = server.api().deleteMe().execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("DELETE /meldingindexer/api/deleteMeRequest");
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(request.getBodySize()).isZero();
        assertThat(response.getDeletedMessages()).isEqualTo(1L);
    }

    private static IndexRequest request(ParentType metadata) {
        return new IndexRequest()
                .id(ID)
                .innloggingsniva(4)
                .eksponertFor("01017012345")
                .fiksOrganisasjon(new FiksOrganisasjon().id(ORGANISASJON).visningsnavn("Fjordvik kommune"))
                .enhet(new Enhet().id("byggesak").visningsnavn("Byggesak"))
                .typeMetadata(metadata);
    }
}
