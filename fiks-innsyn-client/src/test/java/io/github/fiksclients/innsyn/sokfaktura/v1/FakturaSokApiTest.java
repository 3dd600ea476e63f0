package io.github.fiksclients.innsyn.sokfaktura.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.sokfaktura.v1.api.FakturaSokApi;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.ArstallAggregering;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturaFilter;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturaSokeresultat;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturaV1;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturastatusAggregering;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.MeldingV1FakturaV1;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.MeldingVersjon;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.Sortering;
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

/** The generated client of {@code openapi-sok-faktura-v1}: {@code fakturaSok} for invoices. */
class FakturaSokApiTest {

    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    @RegisterExtension
    final ApiServer<FakturaSokApi> server = new ApiServer<>(FakturaSokApi.class);

    @Test
    void fakturaSearchSendsParametersAsQueryWithEnumsAsTheirWireValues() throws Exception {
        server.respondWith("{}");

        server.api().fakturaSok("renovasjon", 10, 5, Sortering.DATO_ASC,
                EnumSet.of(MeldingVersjon.FAKTURA_V1), "987654321", new FakturaFilter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/faktura/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("renovasjon"),
                "fra", List.of("10"),
                "antall", List.of("5"),
                "sortering", List.of("DATO_ASC"),
                "akseptertMeldingVersjon", List.of("fakturaV1"),
                "onBehalfOf", List.of("987654321")));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void fakturaSearchSendsTheFilterAsJson() throws Exception {
        server.respondWith("{}");
        FakturaFilter filter = new FakturaFilter()
                .addFiksOrganisasjonItem(ORGANISASJON)
                .addStatusItem(FakturaFilter.StatusEnum.IKKE_BETALT)
                .addStatusItem(FakturaFilter.StatusEnum.INKASSOVARSEL)
                .addArstallItem("2024");

        server.api().fakturaSok(null, null, null, null, null, null, filter).execute();

        JsonObject body = RecordedRequests.jsonBody(server.takeRequest()).getAsJsonObject();
        assertThat(body.getAsJsonArray("fiksOrganisasjon").get(0).getAsString()).isEqualTo(ORGANISASJON.toString());
        assertThat(body.getAsJsonArray("status")).extracting(JsonElement::getAsString)
                .containsExactly("IKKE_BETALT", "INKASSOVARSEL");
        assertThat(body.getAsJsonArray("arstall")).extracting(JsonElement::getAsString).containsExactly("2024");
    }

    @Test
    void fakturaSearchLeavesOutParametersAndFiltersThatAreNotSet() throws Exception {
        server.respondWith("{}");

        server.api().fakturaSok(null, null, null, null, null, null, new FakturaFilter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void fakturaSearchDecodesInvoicesWithDatesAmountsAndAggregeringer() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 1,
                  "treff": [
                    {
                      "sorteringDato": "2024-05-01T12:00:00+02:00",
                      "tilgjengeligTil": "2026-01-01T00:00:00Z",
                      "score": 2.25,
                      "meldingMetadata": {
                        "versjon": "fakturaV1",
                        "type": "faktura",
                        "tittel": "Kommunale avgifter 2. termin",
                        "fakturaDato": "2024-05-01",
                        "forfallDato": "2024-05-31",
                        "status": "IKKE_BETALT",
                        "belop": 4250.5,
                        "totalbelop": 4310.5,
                        "kid": "0012345678903",
                        "kanBetales": true,
                        "forsendelseskanal": "EFAKTURA",
                        "fakturahistorikk": [{"tittel": "Purring", "fakturaDato": "2024-06-15"}],
                        "kontaktinformasjon": {"navn": "Skatt og avgift", "adresse": {"poststed": "Fjordvik"}}
                      }
                    }
                  ],
                  "aggregeringer": {
                    "fakturastatus": [{"status": "IKKE_BETALT", "antallTreff": 1}],
                    "arstall": [{"arstall": "2024", "antallTreff": 1}],
                    "fiksOrganisasjon": [{"fiksOrg": {"visningsnavn": "Fjordvik"}, "antallTreff": 1}]
                  }
                }
                """);

        FakturaSokeresultat resultat = server.api().fakturaSok(null, null, null, null, null, null, new FakturaFilter()).execute();

        MeldingV1FakturaV1 hit = resultat.getTreff().get(0);
        assertThat(hit.getSorteringDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(hit.getTilgjengeligTil()).isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(hit.getScore()).isEqualTo(2.25);
        FakturaV1 faktura = hit.getMeldingMetadata();
        assertThat(faktura.getFakturaDato()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(faktura.getForfallDato()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(faktura.getStatus()).isEqualTo(FakturaV1.StatusEnum.IKKE_BETALT);
        assertThat(faktura.getBelop()).isEqualTo(4250.5);
        assertThat(faktura.getTotalbelop()).isEqualTo(4310.5);
        assertThat(faktura.getKid()).isEqualTo("0012345678903");
        assertThat(faktura.getKanBetales()).isTrue();
        assertThat(faktura.getForsendelseskanal()).isEqualTo(FakturaV1.ForsendelseskanalEnum.EFAKTURA);
        assertThat(faktura.getFakturahistorikk().get(0).getFakturaDato()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(faktura.getKontaktinformasjon().getAdresse().getPoststed()).isEqualTo("Fjordvik");
        assertThat(resultat.getAggregeringer().getFakturastatus())
                .extracting(FakturastatusAggregering::getStatus, FakturastatusAggregering::getAntallTreff)
                .containsExactly(tuple("IKKE_BETALT", 1L));
        assertThat(resultat.getAggregeringer().getArstall()).extracting(ArstallAggregering::getArstall)
                .containsExactly("2024");
        assertThat(resultat.getAggregeringer().getFiksOrganisasjon().get(0).getFiksOrg().getVisningsnavn())
                .isEqualTo("Fjordvik");
    }

    @Test
    void fakturaSearchMapsUnknownEnumValuesToTheDefaultAndIgnoresUnknownProperties() throws Exception {
        server.respondWith("""
                {
                  "treff": [
                    {"meldingMetadata": {"versjon": "fakturaV2", "status": "DELVIS_BETALT", "forsendelseskanal": "SMS",
                                         "betalingsplan": {"terminer": 3}}}
                  ],
                  "neste": "cursor-2"
                }
                """);

        FakturaSokeresultat resultat = server.api().fakturaSok(null, null, null, null, null, null, new FakturaFilter()).execute();

        FakturaV1 faktura = resultat.getTreff().get(0).getMeldingMetadata();
        assertThat(faktura.getVersjon()).isEqualTo(FakturaV1.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(faktura.getStatus()).isEqualTo(FakturaV1.StatusEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(faktura.getForsendelseskanal()).isEqualTo(FakturaV1.ForsendelseskanalEnum.UNKNOWN_DEFAULT_OPEN_API);
    }
}
