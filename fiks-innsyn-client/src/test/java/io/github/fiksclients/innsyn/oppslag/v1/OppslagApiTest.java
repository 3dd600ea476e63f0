package io.github.fiksclients.innsyn.oppslag.v1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.innsyn.ApiServer;
import io.github.fiksclients.innsyn.Fixtures;
import io.github.fiksclients.innsyn.RecordedRequests;
import io.github.fiksclients.innsyn.TestApis;
import io.github.fiksclients.innsyn.oppslag.v1.api.OppslagApi;
import io.github.fiksclients.innsyn.oppslag.v1.model.ByggesakV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.FakturaV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForelderOppslagResultat;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.oppslag.v1.model.InnsendtskjemaV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.JournalpostV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.KommunaltjenesteV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.KorrelasjonOppslag;
import io.github.fiksclients.innsyn.oppslag.v1.model.MatrikkelenhetV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.MeldingV1OppslagMetadata;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagMetadata;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.oppslag.v1.model.SaksmappeV1;
import io.github.fiksclients.innsyn.oppslag.v1.model.SkjemakladdV1;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated client of {@code openapi-oppslag-v1}: {@code lookupDokument}, {@code lookupForelder} and
 * {@code lookupKorrelasjon}, whose hits are told apart by {@code versjon}.
 */
class OppslagApiTest {

    private static final String DOKUMENT_ID = "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135_sak_4d9c2a7e";
    private static final LinkedHashSet<String> FORSENDELSE_VERSJONER =
            new LinkedHashSet<>(List.of("forsendelseV1", "forsendelseV2"));

    @RegisterExtension
    final ApiServer<OppslagApi> server = new ApiServer<>(OppslagApi.class);

    @Test
    void lookupDokumentSendsIdTypeAndEachAcceptedVersjonAsQuery() throws Exception {
        server.respondWith("{}");

        server.api().lookupDokument(DOKUMENT_ID, "forsendelse", FORSENDELSE_VERSJONER).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("GET /innsyn-sok/api/v1/oppslag/dokument");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "dokumentId", List.of(DOKUMENT_ID),
                "type", List.of("forsendelse"),
                "akseptertMeldingVersjon", List.of("forsendelseV1", "forsendelseV2")));
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void lookupDokumentLeavesOutAkseptertMeldingVersjonWhenNull() throws Exception {
        server.respondWith("{}");

        server.api().lookupDokument(DOKUMENT_ID, "faktura", null).execute();

        assertThat(RecordedRequests.query(server.takeRequest()))
                .isEqualTo(Map.of("dokumentId", List.of(DOKUMENT_ID), "type", List.of("faktura")));
    }

    @Test
    void lookupDokumentDecodesTheHitIntoItsSubclass() throws Exception {
        server.respondWith("""
                {
                  "hit": {
                    "meldingId": "4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914",
                    "dokumentId": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135_sak_4d9c2a7e",
                    "sikkerhetsniva": 4,
                    "fiksOrganisasjon": {"id": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135", "visningsnavn": "Fjordvik"},
                    "sorteringDato": "2024-05-01T12:00:00+02:00",
                    "korrelasjonId": "sak-2024-118",
                    "forelder": {"type": "saksmappe", "dokumentId": "a7f3c1d9_sak_0001"},
                    "score": 1.5,
                    "meldingMetadata": {
                      "versjon": "forsendelseV2",
                      "type": "forsendelse",
                      "tittel": "Vedtak",
                      "sendtDato": "2024-05-01T10:00:00Z",
                      "returAdresse": {"navn": "Fjordvik kommune", "land": "Norge"}
                    }
                  }
                }
                """);

        OppslagResultat resultat = server.api().lookupDokument(DOKUMENT_ID, "forsendelse", null).execute();

        MeldingV1OppslagMetadata hit = resultat.getHit();
        assertThat(hit.getMeldingId()).isEqualTo(UUID.fromString("4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914"));
        assertThat(hit.getSikkerhetsniva()).isEqualTo(4);
        assertThat(hit.getSorteringDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(hit.getForelder().getDokumentId()).isEqualTo("a7f3c1d9_sak_0001");
        assertThat(hit.getScore()).isEqualTo(1.5f);
        assertThat(hit.getMeldingMetadata()).isInstanceOfSatisfying(ForsendelseV2.class, forsendelse -> {
            assertThat(forsendelse.getVersjon()).isEqualTo(OppslagMetadata.VersjonEnum.FORSENDELSE_V2);
            assertThat(forsendelse.getSendtDato())
                    .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
            assertThat(forsendelse.getReturAdresse().getNavn()).isEqualTo("Fjordvik kommune");
        });
        assertThat(resultat.getLookupErrorCode()).isNull();
    }

    @Test
    void lookupDokumentMapsAnUnknownLookupErrorCodeToTheDefault() throws Exception {
        server.respondWith("{\"lookupErrorCode\": \"MIDLERTIDIG_SPERRET\"}");

        OppslagResultat resultat = server.api().lookupDokument(DOKUMENT_ID, "faktura", null).execute();

        assertThat(resultat.getHit()).isNull();
        assertThat(resultat.getLookupErrorCode())
                .isEqualTo(OppslagResultat.LookupErrorCodeEnum.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void lookupForelderSendsTheParentIdTypeAndEachAcceptedVersjonAsQuery() throws Exception {
        server.respondWith("{}");

        server.api().lookupForelder("a7f3c1d9_sak_0001", "saksmappe", FORSENDELSE_VERSJONER).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("GET /innsyn-sok/api/v1/oppslag/forelder");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "forelderId", List.of("a7f3c1d9_sak_0001"),
                "forelderType", List.of("saksmappe"),
                "akseptertMeldingVersjon", List.of("forsendelseV1", "forsendelseV2")));
    }

    @Test
    void lookupForelderDecodesTheParentAndChildrenOfUnknownKindAsTheBaseType() throws Exception {
        server.respondWith("""
                {
                  "forelder": {
                    "meldingMetadata": {"versjon": "saksmappeV1", "type": "saksmappe", "mappeId": "2024/118"}
                  },
                  "barn": [
                    {"meldingMetadata": {"versjon": "journalpostV1", "type": "journalpost",
                                         "registreringsId": "2024/118-3"}},
                    {"meldingMetadata": {"versjon": "vedtakV1", "type": "vedtak", "vedtaksdato": "2024-05-02"}}
                  ],
                  "barnPaHoyereInnloggingniva": 1
                }
                """);

        ForelderOppslagResultat resultat = server.api().lookupForelder("a7f3c1d9_sak_0001", "saksmappe", null).execute();

        assertThat(resultat.getForelder().getMeldingMetadata()).isInstanceOfSatisfying(SaksmappeV1.class,
                saksmappe -> assertThat(saksmappe.getMappeId()).isEqualTo("2024/118"));
        assertThat(resultat.getBarn()).<Class<?>>extracting(barn -> barn.getMeldingMetadata().getClass())
                .containsExactly(JournalpostV1.class, OppslagMetadata.class);
        assertThat(resultat.getBarn().get(1).getMeldingMetadata().getVersjon())
                .isEqualTo(OppslagMetadata.VersjonEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(resultat.getBarnPaHoyereInnloggingniva()).isEqualTo(1);
        assertThat(resultat.getIngenForelderKode()).isNull();
    }

    @Test
    void lookupForelderDecodesWhyThereIsNoParent() throws Exception {
        server.respondWith("{\"ingenForelderKode\": \"INNLOGGINGSNIVA_UTILSTREKKELIG\", \"barn\": []}");

        ForelderOppslagResultat resultat = server.api().lookupForelder("a7f3c1d9_sak_0001", "saksmappe", null).execute();

        assertThat(resultat.getForelder()).isNull();
        assertThat(resultat.getIngenForelderKode())
                .isEqualTo(ForelderOppslagResultat.IngenForelderKodeEnum.INNLOGGINGSNIVA_UTILSTREKKELIG);
    }

    @Test
    void lookupKorrelasjonSendsTheIdAndEachAcceptedVersjonAsQuery() throws Exception {
        server.respondWith("{}");

        server.api().lookupKorrelasjon("sak-2024-118", FORSENDELSE_VERSJONER).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("GET /innsyn-sok/api/v1/oppslag/korrelasjon");
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "korrelasjonId", List.of("sak-2024-118"),
                "akseptertMeldingVersjon", List.of("forsendelseV1", "forsendelseV2")));
    }

    @Test
    void lookupKorrelasjonDecodesEachKindOfHitIntoItsSubclass() throws Exception {
        server.respondWith(Fixtures.resource("oppslag/korrelasjon-each-kind.json"));

        KorrelasjonOppslag oppslag = server.api().lookupKorrelasjon("sak-2024-118", null).execute();

        assertThat(oppslag.getBarnOverInnloggingsniva()).isEqualTo(1);
        List<OppslagMetadata> barn = oppslag.getBarn().stream().map(MeldingV1OppslagMetadata::getMeldingMetadata)
                .toList();
        assertThat(barn).<Class<?>>extracting(OppslagMetadata::getClass).containsExactly(
                ByggesakV1.class, FakturaV1.class, ForsendelseV1.class, ForsendelseV2.class, InnsendtskjemaV1.class,
                JournalpostV1.class, KommunaltjenesteV1.class, MatrikkelenhetV1.class, SaksmappeV1.class,
                SkjemakladdV1.class);
        assertThat(((ByggesakV1) barn.get(0)).getTiltakstype().getTiltakstypeKodeverdi()).isEqualTo("tilbygg");
        assertThat(((FakturaV1) barn.get(1)).getFakturaDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(((FakturaV1) barn.get(1)).getBelop()).isEqualTo("4250.50");
        assertThat(((ForsendelseV1) barn.get(2)).getEksternLenkeTekst()).isEqualTo("Les brevet");
        assertThat(((ForsendelseV2) barn.get(3)).getLenker()).singleElement()
                .satisfies(lenke -> assertThat(lenke.getUrlTekst()).isEqualTo("Svar"));
        assertThat(((InnsendtskjemaV1) barn.get(4)).getVedlegg()).singleElement()
                .satisfies(vedlegg -> assertThat(vedlegg.getFilnavn()).isEqualTo("kart.png"));
        assertThat(((JournalpostV1) barn.get(5)).getJournaldato())
                .isEqualTo(OffsetDateTime.of(2024, 4, 30, 8, 15, 0, 0, ZoneOffset.UTC));
        assertThat(((KommunaltjenesteV1) barn.get(6)).getKommuneVisningsnavn()).isEqualTo("Fjordvik kommune");
        assertThat(((MatrikkelenhetV1) barn.get(7)).getAdresser()).containsExactly("Storgata 1", "Storgata 1B");
        assertThat(((SaksmappeV1) barn.get(8)).getSaksstatus()).isEqualTo(SaksmappeV1.SaksstatusEnum.AVSLUTTET);
        assertThat(((SkjemakladdV1) barn.get(9)).getMottaker()).isEqualTo("Parkeringsetaten");
    }
}
