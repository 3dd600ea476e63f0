package io.github.fiksclients.innsyn.soklegacy.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.Fixtures;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.soklegacy.v1.api.LegacySokApi;
import io.github.fiksclients.innsyn.soklegacy.v1.model.ByggesakV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.FakturaV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Filter;
import io.github.fiksclients.innsyn.soklegacy.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.soklegacy.v1.model.InnsendtskjemaV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.JournalpostV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.KommunaltjenesteV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MatrikkelenhetV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.SaksmappeV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.SkjemakladdV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.innsyn.soklegacy.v1.model.TypeAggregering;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code openapi-sok-legacy-v1}: {@code sok} with hits told apart by {@code versjon}. */
class LegacySokApiTest {

    private static final UUID ORGANISASJON = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");
    private static final String NO_HITS = "{\"antallTreff\": 0, \"treff\": []}";

    @RegisterExtension
    final ApiServer<LegacySokApi> server = new ApiServer<>(LegacySokApi.class);

    @Test
    void legacySearchSendsParametersAsQueryAndTheFilterAsJson() throws Exception {
        server.respondWith(NO_HITS);
        Filter filter = new Filter()
                .fraDato(LocalDate.of(2024, 1, 1))
                .tilDato(LocalDate.of(2024, 12, 31))
                .addFiksOrganisasjonItem(ORGANISASJON)
                .addTyperItem(Filter.TyperEnum.FORSENDELSE)
                .addTyperItem(Filter.TyperEnum.FAKTURA);

        server.api().sok("byggesak", 20, 10, "DATO_DESC",
                new LinkedHashSet<>(List.of("forsendelseV1", "forsendelseV2")), filter).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("byggesak"),
                "fra", List.of("20"),
                "antall", List.of("10"),
                "sortering", List.of("DATO_DESC"),
                "akseptertMeldingVersjon", List.of("forsendelseV1", "forsendelseV2")));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = RecordedRequests.jsonBody(request).getAsJsonObject();
        assertThat(body.get("fraDato").getAsString()).isEqualTo("2024-01-01");
        assertThat(body.get("tilDato").getAsString()).isEqualTo("2024-12-31");
        assertThat(body.getAsJsonArray("fiksOrganisasjon").get(0).getAsString()).isEqualTo(ORGANISASJON.toString());
        assertThat(body.getAsJsonArray("typer")).extracting(element -> element.getAsString())
                .containsExactly("forsendelse", "faktura");
    }

    @Test
    void legacySearchLeavesOutParametersAndFiltersThatAreNotSet() throws Exception {
        server.respondWith(NO_HITS);

        server.api().sok(null, null, null, null, null, new Filter()).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEmpty();
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void legacySearchDecodesEachKindOfHitIntoItsSubclass() throws Exception {
        server.respondWith(Fixtures.resource("soklegacy/each-kind-of-hit.json"));

        Sokeresultat resultat = server.api().sok("søknad", null, null, null, null, new Filter()).execute();

        assertThat(resultat.getAntallTreff()).isEqualTo(10L);
        assertThat(resultat.getTreff()).extracting(MeldingV1LegacySokHit::getMeldingMetadata).satisfiesExactly(
                hit -> assertThat(hit).isInstanceOfSatisfying(ByggesakV1.class,
                        byggesak -> assertThat(byggesak.getSaksnummer().getSaksnummerSaksaar()).isEqualTo("2024")),
                hit -> assertThat(hit).isInstanceOfSatisfying(FakturaV1.class, faktura -> {
                    assertThat(faktura.getFakturaDato()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(faktura.getBelop()).isEqualTo(4250.5);
                    assertThat(faktura.getStatus()).isEqualTo(FakturaV1.StatusEnum.IKKE_BETALT);
                }),
                hit -> assertThat(hit).isInstanceOfSatisfying(ForsendelseV1.class,
                        forsendelse -> assertThat(forsendelse.getLest()).isTrue()),
                hit -> assertThat(hit).isInstanceOfSatisfying(ForsendelseV2.class,
                        forsendelse -> assertThat(forsendelse.getMottakerAdresse().getNavn())
                                .isEqualTo("Kari Nordmann")),
                hit -> assertThat(hit).isInstanceOfSatisfying(InnsendtskjemaV1.class,
                        skjema -> assertThat(skjema.getSkjemafil().getFilnavn()).isEqualTo("soknad.pdf")),
                hit -> assertThat(hit).isInstanceOfSatisfying(JournalpostV1.class,
                        journalpost -> assertThat(journalpost.getRegistreringsId()).isEqualTo("2024/118-3")),
                hit -> assertThat(hit).isInstanceOfSatisfying(KommunaltjenesteV1.class,
                        tjeneste -> assertThat(tjeneste.getRettetMot())
                                .isEqualTo(KommunaltjenesteV1.RettetMotEnum.PERSON)),
                hit -> assertThat(hit).isInstanceOfSatisfying(MatrikkelenhetV1.class, matrikkelenhet -> {
                    assertThat(matrikkelenhet.getMatrikkelenhetId()).isEqualTo(281474976710656L);
                    assertThat(matrikkelenhet.getMatrikkelnummer().getGardsnummer()).isEqualTo("12");
                }),
                hit -> assertThat(hit).isInstanceOfSatisfying(SaksmappeV1.class,
                        saksmappe -> assertThat(saksmappe.getMappeId()).isEqualTo("2024/118")),
                hit -> assertThat(hit).isInstanceOfSatisfying(SkjemakladdV1.class,
                        kladd -> assertThat(kladd.getUrl()).isEqualTo("https://skjema.example.test/kladd/77")));
        assertThat(resultat.getTreff()).extracting(hit -> hit.getMeldingMetadata().getVersjon())
                .doesNotContain(LegacySokHit.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void legacySearchDecodesAnUnknownKindOfHitAsTheBaseTypeAndKeepsTheOtherHits() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 3,
                  "treff": [
                    {"meldingId": "20000000-0000-4000-8000-000000000001",
                     "meldingMetadata": {"versjon": "oppgaveV2", "type": "oppgave", "frist": "2024-06-01"}},
                    {"meldingId": "20000000-0000-4000-8000-000000000002",
                     "meldingMetadata": {"type": "forsendelse", "tittel": "Uten versjon"}},
                    {"meldingId": "20000000-0000-4000-8000-000000000003",
                     "meldingMetadata": {"versjon": "forsendelseV1", "type": "forsendelse", "tittel": "Brev"}}
                  ]
                }
                """);

        Sokeresultat resultat = server.api().sok(null, null, null, null, null, new Filter()).execute();

        List<LegacySokHit> hits = resultat.getTreff().stream().map(MeldingV1LegacySokHit::getMeldingMetadata).toList();
        assertThat(hits.get(0)).hasSameClassAs(new LegacySokHit());
        assertThat(hits.get(0).getVersjon()).isEqualTo(LegacySokHit.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(hits.get(0).getType()).isEqualTo(LegacySokHit.TypeEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(hits.get(1)).hasSameClassAs(new LegacySokHit());
        assertThat(hits.get(1).getType()).isEqualTo(LegacySokHit.TypeEnum.FORSENDELSE);
        assertThat(hits.get(2)).isInstanceOf(ForsendelseV1.class);
    }

    @Test
    void legacySearchKeepsTheOffsetOfEachDate() throws Exception {
        server.respondWith("""
                {
                  "treff": [
                    {"sorteringDato": "2024-05-01T12:00:00+02:00",
                     "meldingMetadata": {"versjon": "forsendelseV1", "sendtDato": "2024-05-01T10:00:00Z"}}
                  ],
                  "aggregeringer": {
                    "dateRange": {"fraDato": "2023-11-15T08:30:00+01:00", "tilDato": "2024-05-01T10:00:00Z"}
                  }
                }
                """);

        Sokeresultat resultat = server.api().sok(null, null, null, null, null, new Filter()).execute();

        MeldingV1LegacySokHit hit = resultat.getTreff().get(0);
        assertThat(hit.getSorteringDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(((ForsendelseV1) hit.getMeldingMetadata()).getSendtDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(resultat.getAggregeringer().getDateRange().getFraDato())
                .isEqualTo(OffsetDateTime.of(2023, 11, 15, 8, 30, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(resultat.getAggregeringer().getDateRange().getTilDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void legacySearchDecodesAggregeringerAndMapsUnknownEnumValuesToTheDefault() throws Exception {
        server.respondWith("""
                {
                  "antallTreff": 1,
                  "treffMedHoyereInnloggingsniva": 2,
                  "forespurtFra": 0,
                  "forespurtAntall": 50,
                  "treff": [
                    {"fiksOrganisasjon": {"id": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135", "visningsnavn": "Fjordvik"},
                     "meldingMetadata": {"versjon": "saksmappeV1", "saksstatus": "ARKIVERT"},
                     "relevansForklaring": "title match"}
                  ],
                  "aggregeringer": {
                    "fiksOrganisasjon": [
                      {"id": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135", "visningsnavn": "Fjordvik", "antallTreff": 1,
                       "valgt": true}
                    ],
                    "type": [
                      {"type": "saksmappe", "antallTreff": 1, "valgt": false},
                      {"type": "oppgave", "antallTreff": 4, "valgt": false}
                    ]
                  },
                  "sokeId": "q-7"
                }
                """);

        Sokeresultat resultat = server.api().sok(null, null, null, null, null, new Filter()).execute();

        assertThat(resultat.getTreffMedHoyereInnloggingsniva()).isEqualTo(2L);
        assertThat(resultat.getForespurtAntall()).isEqualTo(50);
        assertThat(resultat.getTreff().get(0).getFiksOrganisasjon().getId()).isEqualTo(ORGANISASJON);
        assertThat(((SaksmappeV1) resultat.getTreff().get(0).getMeldingMetadata()).getSaksstatus())
                .isEqualTo(SaksmappeV1.SaksstatusEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(resultat.getAggregeringer().getFiksOrganisasjon())
                .singleElement().satisfies(aggregering -> assertThat(aggregering.getValgt()).isTrue());
        Set<TypeAggregering> typer = resultat.getAggregeringer().getType();
        assertThat(typer).extracting(TypeAggregering::getType).containsExactlyInAnyOrder(
                TypeAggregering.TypeEnum.SAKSMAPPE, TypeAggregering.TypeEnum.UNKNOWN_DEFAULT_OPEN_API);
    }
}
