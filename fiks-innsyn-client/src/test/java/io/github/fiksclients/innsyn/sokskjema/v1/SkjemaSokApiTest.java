package io.github.fiksclients.innsyn.sokskjema.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.sokskjema.v1.api.SkjemaSokApi;
import io.github.fiksclients.innsyn.sokskjema.v1.model.Filter;
import io.github.fiksclients.innsyn.sokskjema.v1.model.InnsendtskjemaV1;
import io.github.fiksclients.innsyn.sokskjema.v1.model.MeldingV1InnsendtskjemaV1;
import io.github.fiksclients.innsyn.sokskjema.v1.model.MeldingVersjon;
import io.github.fiksclients.innsyn.sokskjema.v1.model.SkjemaSokeresultat;
import io.github.fiksclients.innsyn.sokskjema.v1.model.SkjemakladdV1;
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

/** The generated client of {@code openapi-sok-skjema-v1}: {@code sok} for submitted forms and drafts. */
class SkjemaSokApiTest {

    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    @RegisterExtension
    final ApiServer<SkjemaSokApi> server = new ApiServer<>(SkjemaSokApi.class);

    @Test
    void skjemaSearchSendsParametersAsQueryAndTheFilterAsJson() throws Exception {
        server.respondWith("{}");
        Filter filter = new Filter()
                .fraDato(LocalDate.of(2024, 2, 1))
                .tilDato(LocalDate.of(2024, 2, 29))
                .addFiksOrganisasjonItem(ORGANISASJON);

        server.api().sok("barnehage", 0, 50,
                EnumSet.of(MeldingVersjon.INNSENDTSKJEMA_V1, MeldingVersjon.SKJEMAKLADD_V1), "987654321", filter).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/skjema/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("barnehage"),
                "fra", List.of("0"),
                "antall", List.of("50"),
                "akseptertMeldingVersjon", List.of("innsendtskjemaV1", "skjemakladdV1"),
                "onBehalfOf", List.of("987654321")));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = RecordedRequests.jsonBody(request).getAsJsonObject();
        assertThat(body.get("fraDato").getAsString()).isEqualTo("2024-02-01");
        assertThat(body.get("tilDato").getAsString()).isEqualTo("2024-02-29");
        assertThat(body.getAsJsonArray("fiksOrganisasjon").get(0).getAsString()).isEqualTo(ORGANISASJON.toString());
    }

    @Test
    void skjemaSearchLeavesOutParametersAndFiltersThatAreNotSet() throws Exception {
        server.respondWith("{}");

        server.api().sok(null, null, null, null, null, new Filter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void skjemaSearchDecodesSubmittedFormsAndDraftsWithTheirDates() throws Exception {
        server.respondWith("""
                {
                  "innsendtSkjema": {
                    "antallTreff": 1,
                    "treff": [
                      {
                        "sorteringDato": "2024-05-01T12:00:00+02:00",
                        "tilgjengeligTil": "2025-05-01T00:00:00Z",
                        "meldingMetadata": {
                          "versjon": "innsendtskjemaV1",
                          "type": "innsendtskjema",
                          "tittel": "Søknad om barnehageplass",
                          "innsendtdato": "2024-05-01T12:00:00+02:00",
                          "skjemafil": {"filnavn": "soknad.pdf", "size": 48213},
                          "vedlegg": [{"filnavn": "vedlegg.pdf"}]
                        }
                      }
                    ],
                    "aggregeringer": {"dateRange": {"fraDato": "2024-05-01T12:00:00+02:00"}}
                  },
                  "skjemakladd": {
                    "antallTreff": 1,
                    "treffMedHoyereInnloggingsniva": 1,
                    "treff": [
                      {"meldingMetadata": {"versjon": "skjemakladdV1", "endretdato": "2024-04-28T18:30:00Z",
                                           "url": "https://skjema.example.test/kladd/5"}}
                    ]
                  }
                }
                """);

        SkjemaSokeresultat resultat = server.api().sok(null, null, null, null, null, new Filter()).execute();

        MeldingV1InnsendtskjemaV1 innsendt = resultat.getInnsendtSkjema().getTreff().get(0);
        assertThat(innsendt.getTilgjengeligTil()).isEqualTo(OffsetDateTime.of(2025, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        InnsendtskjemaV1 skjema = innsendt.getMeldingMetadata();
        assertThat(skjema.getInnsendtdato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(skjema.getSkjemafil().getSize()).isEqualTo(48213L);
        assertThat(skjema.getVedlegg()).extracting(vedlegg -> vedlegg.getFilnavn()).containsExactly("vedlegg.pdf");
        assertThat(resultat.getInnsendtSkjema().getAggregeringer().getDateRange().getFraDato().getOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
        assertThat(resultat.getSkjemakladd().getTreffMedHoyereInnloggingsniva()).isEqualTo(1L);
        SkjemakladdV1 kladd = resultat.getSkjemakladd().getTreff().get(0).getMeldingMetadata();
        assertThat(kladd.getEndretdato()).isEqualTo(OffsetDateTime.of(2024, 4, 28, 18, 30, 0, 0, ZoneOffset.UTC));
        assertThat(kladd.getUrl()).isEqualTo("https://skjema.example.test/kladd/5");
    }

    @Test
    void skjemaSearchMapsUnknownEnumValuesToTheDefault() throws Exception {
        server.respondWith("""
                {"skjemakladd": {"treff": [{"meldingMetadata": {"versjon": "skjemakladdV2", "type": "utkast"}}]}}
                """);

        SkjemaSokeresultat resultat = server.api().sok(null, null, null, null, null, new Filter()).execute();

        SkjemakladdV1 kladd = resultat.getSkjemakladd().getTreff().get(0).getMeldingMetadata();
        assertThat(kladd.getVersjon()).isEqualTo(SkjemakladdV1.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(kladd.getType()).isEqualTo(SkjemakladdV1.TypeEnum.UNKNOWN_DEFAULT_OPEN_API);
    }
}
