package io.github.fiksclients.innsyn.sokeiendom.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.sokeiendom.v1.api.EiendomSokApi;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.EiendomFilter;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.EiendomSokeresultat;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.MatrikkelenhetV1;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.MeldingV1MatrikkelenhetV1;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code openapi-sok-eiendom-v1}: {@code eiendomSok} for cadastral units. */
class EiendomSokApiTest {

    private static final UUID KOMMUNE = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    @RegisterExtension
    final ApiServer<EiendomSokApi> server = new ApiServer<>(EiendomSokApi.class);

    @Test
    void eiendomSearchSendsParametersAsQueryAndTheFilterAsJson() throws Exception {
        server.respondWith("{}");

        server.api().eiendomSok("Storgata", 0, 20, Set.of("matrikkelenhetV1"), "987654321",
                new EiendomFilter().addKommuneFiksOrgIdItem(KOMMUNE)).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/eiendom/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("Storgata"),
                "fra", List.of("0"),
                "antall", List.of("20"),
                "akseptertMeldingVersjon", List.of("matrikkelenhetV1"),
                "onBehalfOf", List.of("987654321")));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = RecordedRequests.jsonBody(request).getAsJsonObject();
        assertThat(body.getAsJsonArray("kommuneFiksOrgId")).singleElement()
                .satisfies(id -> assertThat(id.getAsString()).isEqualTo(KOMMUNE.toString()));
    }

    @Test
    void eiendomSearchLeavesOutParametersAndFiltersThatAreNotSet() throws Exception {
        server.respondWith("{}");

        server.api().eiendomSok(null, null, null, null, null, new EiendomFilter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void eiendomSearchDecodesTheMatrikkelenheterWithTheirDates() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 1,
                  "treffMedHoyereInnloggingsniva": 0,
                  "forespurtFra": 0,
                  "forespurtAntall": 20,
                  "treff": [
                    {
                      "meldingId": "4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914",
                      "sorteringDato": "2024-05-01T12:00:00+02:00",
                      "eksternRef": "matrikkel",
                      "meldingMetadata": {
                        "versjon": "matrikkelenhetV1",
                        "type": "matrikkelenhet",
                        "matrikkelenhetId": 9001,
                        "matrikkelnummer": {"kommunenummer": "4601", "gardsnummer": "12", "bruksnummer": "34",
                                            "festenummer": "0", "seksjonsnummer": "2"},
                        "adresser": ["Storgata 1"],
                        "bygninger": [{"bygningsnummer": 1}]
                      }
                    }
                  ]
                }
                """);

        EiendomSokeresultat resultat = server.api().eiendomSok("Storgata", null, null, null, null, new EiendomFilter()).execute();

        assertThat(resultat.getAntallTreff()).isEqualTo(1L);
        assertThat(resultat.getForespurtAntall()).isEqualTo(20);
        MeldingV1MatrikkelenhetV1 hit = resultat.getTreff().get(0);
        assertThat(hit.getSorteringDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(hit.getEksternRef()).isEqualTo("matrikkel");
        MatrikkelenhetV1 matrikkelenhet = hit.getMeldingMetadata();
        assertThat(matrikkelenhet.getVersjon()).isEqualTo(MatrikkelenhetV1.VersjonEnum.MATRIKKELENHET_V1);
        assertThat(matrikkelenhet.getMatrikkelenhetId()).isEqualTo(9001L);
        assertThat(matrikkelenhet.getMatrikkelnummer().getSeksjonsnummer()).isEqualTo("2");
        assertThat(matrikkelenhet.getAdresser()).containsExactly("Storgata 1");
    }

    @Test
    void eiendomSearchMapsUnknownEnumValuesToTheDefault() throws Exception {
        server.respondWith("""
                {"treff": [{"meldingMetadata": {"versjon": "matrikkelenhetV2", "type": "eiendom"}}]}
                """);

        EiendomSokeresultat resultat = server.api().eiendomSok(null, null, null, null, null, new EiendomFilter()).execute();

        MatrikkelenhetV1 matrikkelenhet = resultat.getTreff().get(0).getMeldingMetadata();
        assertThat(matrikkelenhet.getVersjon()).isEqualTo(MatrikkelenhetV1.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(matrikkelenhet.getType()).isEqualTo(MatrikkelenhetV1.TypeEnum.UNKNOWN_DEFAULT_OPEN_API);
    }
}
