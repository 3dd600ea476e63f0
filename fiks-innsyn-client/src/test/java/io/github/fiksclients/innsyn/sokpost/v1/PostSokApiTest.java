package io.github.fiksclients.innsyn.sokpost.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.sokpost.v1.api.PostSokApi;
import io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.sokpost.v1.model.MeldingV1PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.MeldingVersjon;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostFilter;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokeresultat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code openapi-sok-post-v1}: {@code postSok} with hits told apart by {@code versjon}. */
class PostSokApiTest {

    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    @RegisterExtension
    final ApiServer<PostSokApi> server = new ApiServer<>(PostSokApi.class);

    @Test
    void postSearchSendsParametersAsQueryAndTheFilterAsJson() throws Exception {
        server.respondWith("{}");
        PostFilter filter = new PostFilter()
                .fraDato(LocalDate.of(2024, 3, 1))
                .tilDato(LocalDate.of(2024, 3, 31))
                .addFiksOrganisasjonItem(ORGANISASJON);

        server.api().postSok("skatt", 50, 25,
                EnumSet.of(MeldingVersjon.FORSENDELSE_V1, MeldingVersjon.FORSENDELSE_V2), "987654321", filter).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/post/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("skatt"),
                "fra", List.of("50"),
                "antall", List.of("25"),
                "akseptertMeldingVersjon", List.of("forsendelseV1", "forsendelseV2"),
                "onBehalfOf", List.of("987654321")));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = RecordedRequests.jsonBody(request).getAsJsonObject();
        assertThat(body.get("fraDato").getAsString()).isEqualTo("2024-03-01");
        assertThat(body.get("tilDato").getAsString()).isEqualTo("2024-03-31");
        assertThat(body.getAsJsonArray("fiksOrganisasjon").get(0).getAsString()).isEqualTo(ORGANISASJON.toString());
    }

    @Test
    void postSearchLeavesOutParametersAndFiltersThatAreNotSet() throws Exception {
        server.respondWith("{}");

        server.api().postSok(null, null, null, null, null, new PostFilter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void postSearchDecodesEachKindOfHitIntoItsSubclassAndAnUnknownKindAsTheBaseType() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 3,
                  "treff": [
                    {"meldingMetadata": {"versjon": "forsendelseV1", "type": "forsendelse",
                                         "svarLenke": "https://example.test/svar"}},
                    {"meldingMetadata": {"versjon": "forsendelseV2", "type": "forsendelse",
                                         "dokumenter": [{"tittel": "brev.pdf", "mimeType": "application/pdf"}]}},
                    {"meldingMetadata": {"versjon": "varselV1", "type": "varsel", "tekst": "Ny type"}}
                  ]
                }
                """);

        PostSokeresultat resultat = server.api().postSok(null, null, null, null, null, new PostFilter()).execute();

        List<PostSokHit> hits = resultat.getTreff().stream().map(MeldingV1PostSokHit::getMeldingMetadata).toList();
        assertThat(hits.get(0)).isInstanceOfSatisfying(ForsendelseV1.class,
                forsendelse -> assertThat(forsendelse.getSvarLenke()).isEqualTo("https://example.test/svar"));
        assertThat(hits.get(1)).isInstanceOfSatisfying(ForsendelseV2.class,
                forsendelse -> assertThat(forsendelse.getDokumenter().get(0).getMimeType())
                        .isEqualTo("application/pdf"));
        assertThat(hits.get(2)).hasSameClassAs(new PostSokHit());
        assertThat(hits.get(2).getVersjon()).isEqualTo(PostSokHit.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(hits.get(2).getType()).isEqualTo(PostSokHit.TypeEnum.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void postSearchKeepsTheOffsetOfEachDateAndDecodesAggregeringer() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 1,
                  "forespurtFra": 0,
                  "forespurtAntall": 50,
                  "treff": [
                    {"sorteringDato": "2024-05-01T12:00:00+02:00",
                     "tilgjengeligTil": "2025-06-30T22:00:00Z",
                     "fiksOrganisasjon": {"id": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135", "kommunenummer": "4601"},
                     "meldingMetadata": {"versjon": "forsendelseV1", "sendtDato": "2024-05-01T09:45:00+02:00"}}
                  ],
                  "aggregeringer": {
                    "fiksOrganisasjon": [
                      {"fiksOrg": {"id": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135", "visningsnavn": "Fjordvik"},
                       "antallTreff": 1}
                    ],
                    "dateRange": {"fraDato": "2024-05-01T09:45:00+02:00", "tilDato": "2024-05-01T09:45:00+02:00"}
                  }
                }
                """);

        PostSokeresultat resultat = server.api().postSok(null, null, null, null, null, new PostFilter()).execute();

        MeldingV1PostSokHit hit = resultat.getTreff().get(0);
        assertThat(hit.getSorteringDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(hit.getTilgjengeligTil()).isEqualTo(OffsetDateTime.of(2025, 6, 30, 22, 0, 0, 0, ZoneOffset.UTC));
        assertThat(hit.getFiksOrganisasjon().getKommunenummer()).isEqualTo("4601");
        assertThat(((ForsendelseV1) hit.getMeldingMetadata()).getSendtDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 9, 45, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(resultat.getAggregeringer().getFiksOrganisasjon()).singleElement()
                .satisfies(aggregering -> assertThat(aggregering.getFiksOrg().getVisningsnavn()).isEqualTo("Fjordvik"));
        assertThat(resultat.getAggregeringer().getDateRange().getFraDato().getOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
    }
}
