package io.github.fiksclients.innsyn.sokmulti.v1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.sokmulti.v1.api.MultiSokApi;
import io.github.fiksclients.innsyn.sokmulti.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.sokmulti.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.sokmulti.v1.model.KommunaltjenesteV1;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MeldingV1PostSokHit;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MultiSokeresultat;
import io.github.fiksclients.innsyn.sokmulti.v1.model.PostSokHit;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client of {@code openapi-sok-multi-v1}: {@code sok} across all categories at once. */
class MultiSokApiTest {

    private static final UUID KOMMUNE = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    @RegisterExtension
    final ApiServer<MultiSokApi> server = new ApiServer<>(MultiSokApi.class);

    @Test
    void multiSearchSendsEveryParameterAsQueryAndNoBody() throws Exception {
        server.respondWith("{}");

        server.api().sok("parkering", 5,
                new LinkedHashSet<>(List.of("kommunaltjenesteV1", "forsendelseV2")), "987654321", KOMMUNE).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("POST /innsyn-sok/api/v1/multi/sok");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("parkering"),
                "antall", List.of("5"),
                "akseptertMeldingVersjon", List.of("kommunaltjenesteV1", "forsendelseV2"),
                "onBehalfOf", List.of("987654321"),
                "kommune", List.of(KOMMUNE.toString())));
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Content-Type")).isNull();
    }

    @Test
    void multiSearchLeavesOutParametersThatAreNull() throws Exception {
        server.respondWith("{}");

        server.api().sok("parkering", null, null, null, null).execute();

        assertThat(RecordedRequests.query(server.takeRequest())).isEqualTo(Map.of("term", List.of("parkering")));
    }

    @Test
    void multiSearchDecodesEachCategoryWithItsOwnHitType() throws Exception {
        server.respondWith("""
                {
                  "byggesak": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"versjon": "byggesakV1", "type": "byggesak", "adresse": "Storgata 1"}}]},
                  "eiendom": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"versjon": "matrikkelenhetV1", "matrikkelenhetId": 77}}]},
                  "tjenesteMinKommune": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"tittel": "Parkeringstillatelse", "rettetMot": "PERSON"}}]},
                  "tjenesteAndreKommuner": {"antallTreff": 0, "treffMedHoyereInnloggingsniva": 3, "treff": []},
                  "tjenesteAlleKommuner": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"tittel": "Bostøtte", "rettetMot": "HUSSTAND"}}]},
                  "post": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"versjon": "forsendelseV1", "tittel": "Parkeringsbot"}}]},
                  "innsendtSkjema": {"antallTreff": 1, "treff": [
                    {"sorteringDato": "2024-05-01T12:00:00+02:00",
                     "meldingMetadata": {"versjon": "innsendtskjemaV1", "innsendtdato": "2024-05-01T10:00:00Z"}}]},
                  "kladd": {"antallTreff": 1, "treff": [
                    {"meldingMetadata": {"versjon": "skjemakladdV1", "url": "https://skjema.example.test/kladd/9"}}]},
                  "forslag": ["parkeringstillatelse"]
                }
                """);

        MultiSokeresultat resultat = server.api().sok("parkering", null, null, null, null).execute();

        assertThat(resultat.getByggesak().getTreff().get(0).getMeldingMetadata().getAdresse()).isEqualTo("Storgata 1");
        assertThat(resultat.getEiendom().getTreff().get(0).getMeldingMetadata().getMatrikkelenhetId()).isEqualTo(77L);
        assertThat(resultat.getTjenesteMinKommune().getTreff().get(0).getMeldingMetadata().getRettetMot())
                .isEqualTo(KommunaltjenesteV1.RettetMotEnum.PERSON);
        assertThat(resultat.getTjenesteAndreKommuner().getTreffMedHoyereInnloggingsniva()).isEqualTo(3L);
        assertThat(resultat.getTjenesteAlleKommuner().getTreff().get(0).getMeldingMetadata().getRettetMot())
                .isEqualTo(KommunaltjenesteV1.RettetMotEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(resultat.getPost().getTreff().get(0).getMeldingMetadata()).isInstanceOf(ForsendelseV1.class);
        assertThat(resultat.getInnsendtSkjema().getTreff().get(0).getSorteringDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(resultat.getInnsendtSkjema().getTreff().get(0).getMeldingMetadata().getInnsendtdato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(resultat.getKladd().getTreff().get(0).getMeldingMetadata().getUrl())
                .isEqualTo("https://skjema.example.test/kladd/9");
    }

    @Test
    void multiSearchDecodesEachKindOfPostHitIntoItsSubclassAndAnUnknownKindAsTheBaseType() throws Exception {
        server.respondWith("""
                {
                  "post": {
                    "antallTreff": 3,
                    "treff": [
                      {"meldingMetadata": {"versjon": "forsendelseV1", "type": "forsendelse", "mottaker": "Ola"}},
                      {"meldingMetadata": {"versjon": "forsendelseV2", "type": "forsendelse",
                                           "mottakerAdresse": {"navn": "Kari", "postnummer": "5020"}}},
                      {"meldingMetadata": {"versjon": "digitalpostV1", "type": "forsendelse", "tittel": "Ny type"}}
                    ]
                  }
                }
                """);

        MultiSokeresultat resultat = server.api().sok("brev", null, null, null, null).execute();

        List<PostSokHit> hits = resultat.getPost().getTreff().stream().map(MeldingV1PostSokHit::getMeldingMetadata)
                .toList();
        assertThat(hits.get(0)).isInstanceOfSatisfying(ForsendelseV1.class,
                forsendelse -> assertThat(forsendelse.getMottaker()).isEqualTo("Ola"));
        assertThat(hits.get(1)).isInstanceOfSatisfying(ForsendelseV2.class,
                forsendelse -> assertThat(forsendelse.getMottakerAdresse().getPostnummer()).isEqualTo("5020"));
        assertThat(hits.get(2)).hasSameClassAs(new PostSokHit());
        assertThat(hits.get(2).getVersjon()).isEqualTo(PostSokHit.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(hits.get(2).getType()).isEqualTo(PostSokHit.TypeEnum.FORSENDELSE);
    }
}
