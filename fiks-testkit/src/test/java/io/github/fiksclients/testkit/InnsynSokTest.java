package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.oppslag.v1.api.OppslagApi;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForelderOppslagResultat;
import io.github.fiksclients.innsyn.oppslag.v1.model.KorrelasjonOppslag;
import io.github.fiksclients.innsyn.oppslag.v1.model.MeldingV1OppslagMetadata;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.soklegacy.v1.api.LegacySokApi;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.innsyn.sokmulti.v1.api.MultiSokApi;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MultiSokeresultat;
import io.github.fiksclients.innsyn.sokpost.v1.api.PostSokApi;
import io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.sokpost.v1.model.MeldingV1PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostFilter;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokeresultat;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class InnsynSokTest {

    private static final String PERSON_A = "01010111111";
    private static final String PERSON_B = "02020222222";

    private static FiksSimulator simulator;
    private static IndexMeldingV2 carport;
    private static IndexMeldingV2 faktura;
    private static IndexMeldingV2 byggesak;
    private static IndexMeldingV2 helse;
    private static IndexMeldingV2 oppfolging;
    private static IndexMeldingV2 garasje;

    @BeforeAll
    static void indexMeldinger(FiksSimulator running) throws IOException {
        simulator = running;
        carport = InnsynFixtures.forsendelse(PERSON_A, "Vedtak om byggetillatelse for carport");
        JsonObject fakturaMetadata = InnsynFixtures.forsendelseMetadata("Faktura for vann og avløp");
        fakturaMetadata.addProperty("mottaker", "Kari Nordmann");
        faktura = InnsynFixtures.melding(PERSON_A, "forsendelseV1", fakturaMetadata);
        JsonObject sak = new JsonObject();
        sak.addProperty("tittel", "Byggesak Storgata 1");
        sak.addProperty("sakstatus", "Under behandling");
        byggesak = InnsynFixtures.melding(PERSON_A, "byggesakV1", sak);
        helse = InnsynFixtures.forsendelse(PERSON_A, "Helseopplysninger").sikkerhetsniva(4);
        JsonObject svar = InnsynFixtures.forsendelseMetadata("Oppfølging av vedtaket");
        svar.addProperty("korrelasjonId", "sak-17");
        JsonObject forelder = new JsonObject();
        forelder.addProperty("type", "byggesak");
        forelder.addProperty("meldingId", byggesak.getMeldingId().toString());
        svar.add("forelder", forelder);
        oppfolging = InnsynFixtures.melding(PERSON_A, "forsendelseV2", svar);
        garasje = InnsynFixtures.forsendelse(PERSON_B, "Vedtak om byggetillatelse for garasje");
        IndexApi index = TestClients.api(IndexApi.class, simulator.fiksApiBaseUrl(), TestClients.organisation(simulator));
        assertThat(Outcome.of(index.index(new IndexRequestV2().meldinger(List.of(carport, faktura, byggesak, helse, oppfolging,
                garasje)))).code()).isEqualTo(200);
    }

    private static <T> T api(Class<T> api, String fodselsnummer, int sikkerhetsniva) {
        SimulatorCredentials demo = simulator.credentials();
        return TestClients.api(api, simulator.fiksApiBaseUrl(), TestClients.fiks(
                simulator.innsyn().personToken(fodselsnummer, sikkerhetsniva), demo.integrasjonId(),
                demo.integrasjonPassord()));
    }

    private static PostSokApi post(String fodselsnummer) {
        return api(PostSokApi.class, fodselsnummer, 4);
    }

    private static OppslagApi oppslag(String fodselsnummer, int sikkerhetsniva) {
        return api(OppslagApi.class, fodselsnummer,
                sikkerhetsniva);
    }

    private static PostSokeresultat postSok(String fodselsnummer, String term, Integer fra, Integer antall)
            throws IOException {
        Outcome<PostSokeresultat> response = Outcome.of(post(fodselsnummer)
                .postSok(term, fra, antall, null, null, new PostFilter()));
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private static List<UUID> ids(List<MeldingV1PostSokHit> hits) {
        return hits.stream().map(MeldingV1PostSokHit::getMeldingId).collect(Collectors.toList());
    }

    @Test
    void postSearchShowsOnlyThePersonsOwnForsendelser() throws IOException {
        PostSokeresultat resultat = postSok(PERSON_A, null, null, null);

        assertThat(ids(resultat.getTreff())).containsExactly(carport.getMeldingId(), faktura.getMeldingId(),
                helse.getMeldingId(), oppfolging.getMeldingId());
        assertThat(resultat.getAntallTreff()).isEqualTo(4L);
        assertThat(ids(postSok(PERSON_B, null, null, null).getTreff())).containsExactly(garasje.getMeldingId());
    }

    @Test
    void termMatchesMetadataValuesIgnoringCase() throws IOException {
        PostSokeresultat resultat = postSok(PERSON_A, "BYGGETILLATELSE", null, null);

        assertThat(ids(resultat.getTreff())).containsExactly(carport.getMeldingId());
    }

    @Test
    void fraAndAntallPageThroughTheHits() throws IOException {
        PostSokeresultat resultat = postSok(PERSON_A, null, 1, 2);

        assertThat(ids(resultat.getTreff())).containsExactly(faktura.getMeldingId(), helse.getMeldingId());
        assertThat(resultat.getAntallTreff()).isEqualTo(4L);
        assertThat(resultat.getForespurtFra()).isEqualTo(1);
        assertThat(resultat.getForespurtAntall()).isEqualTo(2);
    }

    @Test
    void postHitsDecodeIntoTheSubclassOfTheirVersjon() throws IOException {
        List<MeldingV1PostSokHit> hits = postSok(PERSON_A, null, 0, 2).getTreff();

        assertThat(hits.get(0).getMeldingMetadata()).isInstanceOf(ForsendelseV2.class);
        assertThat(((ForsendelseV2) hits.get(0).getMeldingMetadata()).getTittel())
                .isEqualTo("Vedtak om byggetillatelse for carport");
        assertThat(hits.get(0).getDokumentId()).isEqualTo(carport.getMeldingId().toString());
        assertThat(hits.get(0).getFiksOrganisasjon().getId()).isEqualTo(InnsynFixtures.ORGANISASJON);
        assertThat(hits.get(1).getMeldingMetadata()).isInstanceOf(ForsendelseV1.class);
    }

    @Test
    void meldingAboveTheLoginLevelIsCountedNotShown() throws IOException {
        PostSokApi substantial = api(PostSokApi.class, PERSON_A, 3);

        PostSokeresultat resultat = Outcome.of(substantial.postSok(null, null, null, null, null, new PostFilter())
                ).body();

        assertThat(ids(resultat.getTreff())).doesNotContain(helse.getMeldingId()).hasSize(3);
        assertThat(resultat.getTreffMedHoyereInnloggingsniva()).isEqualTo(1L);
    }

    @Test
    void legacySearchFindsEveryKindAsItsSubclass() throws IOException {
        LegacySokApi legacy = api(LegacySokApi.class, PERSON_A, 4);

        Sokeresultat resultat = Outcome.of(legacy.sok("storgata", null, null, null, null,
                new io.github.fiksclients.innsyn.soklegacy.v1.model.Filter())).body();

        assertThat(resultat.getTreff()).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactly(byggesak.getMeldingId());
        assertThat(resultat.getTreff().get(0).getMeldingMetadata())
                .isInstanceOf(io.github.fiksclients.innsyn.soklegacy.v1.model.ByggesakV1.class);
    }

    @Test
    void multiSearchSortsHitsIntoTheirCategories() throws IOException {
        MultiSokApi multi = api(MultiSokApi.class, PERSON_A, 4);

        MultiSokeresultat resultat = Outcome.of(multi.sok(null, null, null, null, null)).body();

        assertThat(resultat.getPost().getAntallTreff()).isEqualTo(4L);
        assertThat(resultat.getPost().getTreff().get(0).getMeldingMetadata())
                .isInstanceOf(io.github.fiksclients.innsyn.sokmulti.v1.model.ForsendelseV2.class);
        assertThat(resultat.getByggesak().getTreff()).hasSize(1);
        assertThat(resultat.getByggesak().getTreff().get(0).getMeldingMetadata().getTittel())
                .isEqualTo("Byggesak Storgata 1");
        assertThat(resultat.getEiendom().getAntallTreff()).isZero();
    }

    @Test
    void lookupReturnsTheDokumentWithItsMetadata() throws IOException {
        Outcome<OppslagResultat> response = Outcome.of(oppslag(PERSON_A, 4)
                .lookupDokument(carport.getMeldingId().toString(), "forsendelse", null));

        assertThat(response.code()).isEqualTo(200);
        MeldingV1OppslagMetadata hit = response.body().getHit();
        assertThat(hit.getMeldingId()).isEqualTo(carport.getMeldingId());
        assertThat(hit.getMeldingMetadata())
                .isInstanceOf(io.github.fiksclients.innsyn.oppslag.v1.model.ForsendelseV2.class);
    }

    @Test
    void lookupOfAnUnknownDokumentIs404() throws IOException {
        Outcome<OppslagResultat> response = Outcome.of(oppslag(PERSON_A, 4)
                .lookupDokument(UUID.randomUUID().toString(), "forsendelse", null));

        assertThat(response.code()).isEqualTo(404);
        assertThat(response.fiksError().errorCode()).isEqualTo(SimulatorErrorCodes.NOT_FOUND);
    }

    @Test
    void lookupOfAnotherPersonsDokumentIs404() throws IOException {
        Outcome<OppslagResultat> response = Outcome.of(oppslag(PERSON_B, 4)
                .lookupDokument(carport.getMeldingId().toString(), "forsendelse", null));

        assertThat(response.code()).isEqualTo(404);
    }

    @Test
    void lookupAboveTheLoginLevelSaysSo() throws IOException {
        OppslagResultat resultat = Outcome.of(oppslag(PERSON_A, 3)
                .lookupDokument(helse.getMeldingId().toString(), "forsendelse", null)).body();

        assertThat(resultat.getHit()).isNull();
        assertThat(resultat.getLookupErrorCode())
                .isEqualTo(OppslagResultat.LookupErrorCodeEnum.INNLOGGINGSNIVA_UTILSTREKKELIG);
    }

    @Test
    void korrelasjonLookupFindsTheMeldingerSharingTheId() throws IOException {
        KorrelasjonOppslag resultat = Outcome.of(oppslag(PERSON_A, 4).lookupKorrelasjon("sak-17", null)).body();

        assertThat(resultat.getBarn()).extracting(MeldingV1OppslagMetadata::getMeldingId)
                .containsExactly(oppfolging.getMeldingId());
        assertThat(resultat.getBarnOverInnloggingsniva()).isZero();
    }

    @Test
    void forelderLookupFindsTheParentAndItsChildren() throws IOException {
        ForelderOppslagResultat resultat = Outcome.of(oppslag(PERSON_A, 4)
                .lookupForelder(byggesak.getMeldingId().toString(), "byggesak", null)).body();

        assertThat(resultat.getForelder().getMeldingId()).isEqualTo(byggesak.getMeldingId());
        assertThat(resultat.getBarn()).extracting(MeldingV1OppslagMetadata::getMeldingId)
                .containsExactly(oppfolging.getMeldingId());
    }
}
