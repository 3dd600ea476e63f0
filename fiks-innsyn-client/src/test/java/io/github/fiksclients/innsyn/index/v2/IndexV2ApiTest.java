package io.github.fiksclients.innsyn.index.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code innsyn-index-api-v2}: {@code index} of a batch of meldinger. */
class IndexV2ApiTest {

    private static final UUID MELDING = UUID.fromString("4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914");
    private static final UUID OTHER_MELDING = UUID.fromString("6b1e0f3a-9d27-4c58-b6a4-2e7d9c0f1a83");
    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");
    private static final String METADATA = "{\"tittel\":\"Vedtak\",\"avsender\":\"Fjordvik kommune\"}";
    private static final String COUNTS = "{\"opprettet\": 2, \"oppdatert\": 0, \"manglerSamtykke\": 0}";

    @RegisterExtension
    final ApiServer<IndexApi> server = new ApiServer<>(IndexApi.class);

    @Test
    void indexPutsMeldingerWithTheirFieldsAsJson() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(new IndexRequestV2().addMeldingerItem(melding(MELDING))).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("PUT /innsyn-index/api/v2/indexRequest");
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject melding = meldinger(request).get(0).getAsJsonObject();
        assertThat(melding.get("meldingId").getAsString()).isEqualTo(MELDING.toString());
        assertThat(melding.get("sikkerhetsniva").getAsInt()).isEqualTo(4);
        assertThat(melding.get("fiksOrganisasjonId").getAsString()).isEqualTo(ORGANISASJON.toString());
        assertThat(melding.get("eksternRef").getAsString()).isEqualTo("sakssystem.plansak");
        assertThat(melding.get("versjon").getAsString()).isEqualTo("forsendelseV2");
        assertThat(melding.getAsJsonObject("eksponertFor").get("identifikatorType").getAsString())
                .isEqualTo("ORGANISASJONSNUMMER");
        assertThat(melding.getAsJsonObject("eksponertFor").get("verdi").getAsString()).isEqualTo("987654321");
    }

    @Test
    void indexSendsEveryMeldingOfTheBatchInOrder() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(new IndexRequestV2()
                .addMeldingerItem(melding(MELDING))
                .addMeldingerItem(melding(OTHER_MELDING))).execute();

        JsonArray meldinger = meldinger(server.takeRequest());
        assertThat(meldinger).hasSize(2);
        assertThat(meldinger.get(1).getAsJsonObject().get("meldingId").getAsString())
                .isEqualTo(OTHER_MELDING.toString());
    }

    @Test
    void indexSendsMeldingMetadataAsTheBase64StringTheCallerGave() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(new IndexRequestV2().addMeldingerItem(melding(MELDING))).execute();

        String written = meldinger(server.takeRequest()).get(0).getAsJsonObject().get("meldingMetadata").getAsString();
        String decoded = new String(Base64.getDecoder().decode(written), StandardCharsets.UTF_8);
        assertThat(JsonParser.parseString(decoded)).isEqualTo(JsonParser.parseString(METADATA));
    }

    @Test
    void indexWritesTilgjengeligTilAsIso8601WithItsOffset() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(new IndexRequestV2()
                .addMeldingerItem(melding(MELDING)
                        .tilgjengeligTil(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2))))
                .addMeldingerItem(melding(OTHER_MELDING)
                        .tilgjengeligTil(OffsetDateTime.of(2025, 6, 30, 22, 0, 0, 0, ZoneOffset.UTC)))).execute();

        JsonArray meldinger = meldinger(server.takeRequest());
        assertThat(meldinger.get(0).getAsJsonObject().get("tilgjengeligTil").getAsString())
                .isEqualTo("2025-07-01T00:00:00+02:00");
        assertThat(meldinger.get(1).getAsJsonObject().get("tilgjengeligTil").getAsString())
                .isEqualTo("2025-06-30T22:00:00Z");
    }

    @Test
    void indexLeavesOutTheOptionalFieldsTheCallerDidNotSet() throws Exception {
        server.respondWith(COUNTS);

        server.api().index(new IndexRequestV2().addMeldingerItem(melding(MELDING).eksternRef(null))).execute();

        assertThat(meldinger(server.takeRequest()).get(0).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("meldingId", "sikkerhetsniva", "eksponertFor", "fiksOrganisasjonId",
                        "versjon", "meldingMetadata");
    }

    @Test
    void indexDecodesTheCountsAndTheMessagesWithoutConsent() throws Exception {
        server.respondWith("""
                {
                  "opprettet": 5000,
                  "oppdatert": 12,
                  "manglerSamtykke": 2,
                  "meldingerUtenSamtykke": [
                    "4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914",
                    "6b1e0f3a-9d27-4c58-b6a4-2e7d9c0f1a83"
                  ],
                  "sporingsId": "abc-123"
                }
                """);

        MeldingIndexResponseV2 response = server.api().index(new IndexRequestV2().addMeldingerItem(melding(MELDING))).execute();

        assertThat(response.getOpprettet()).isEqualTo(5000);
        assertThat(response.getOppdatert()).isEqualTo(12);
        assertThat(response.getManglerSamtykke()).isEqualTo(2);
        assertThat(response.getMeldingerUtenSamtykke()).containsExactly(MELDING, OTHER_MELDING);
    }

    private static IndexMeldingV2 melding(UUID meldingId) {
        return new IndexMeldingV2()
                .meldingId(meldingId)
                .sikkerhetsniva(4)
                .eksponertFor(new EksponertFor()
                        .identifikatorType(EksponertFor.IdentifikatorTypeEnum.ORGANISASJONSNUMMER)
                        .verdi("987654321"))
                .fiksOrganisasjonId(ORGANISASJON)
                .eksternRef("sakssystem.plansak")
                .versjon("forsendelseV2")
                .meldingMetadata(Base64.getEncoder().encodeToString(METADATA.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonArray meldinger(RecordedRequest request) {
        return RecordedRequests.jsonBody(request).getAsJsonObject().getAsJsonArray("meldinger");
    }
}
