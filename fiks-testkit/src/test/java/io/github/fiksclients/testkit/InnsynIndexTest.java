package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.innsyn.delete.v1.api.DeleteApi;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingerSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettRespons;
import io.github.fiksclients.innsyn.index.v2.JSON;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class InnsynIndexTest {

    private static FiksSimulator simulator;
    private static IndexApi index;
    private static DeleteApi delete;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
        OkHttpClient client = TestClients.organisation(simulator);
        index = TestClients.api(IndexApi.class, simulator.fiksApiBaseUrl(), client);
        delete = TestClients.api(DeleteApi.class, simulator.fiksApiBaseUrl(), client);
    }

    private static Outcome<MeldingIndexResponseV2> index(IndexMeldingV2... meldinger) throws IOException {
        return Outcome.of(index.index(new IndexRequestV2().meldinger(List.of(meldinger))));
    }

    @Test
    void newMeldingerAreOpprettetAndStoredDecoded() throws IOException {
        IndexMeldingV2 melding = InnsynFixtures.forsendelse("01010112345", "Vedtak om skoleskyss")
                .eksternRef("skole.skyss");

        Outcome<MeldingIndexResponseV2> response = index(melding);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().getOpprettet()).isEqualTo(1);
        assertThat(response.body().getOppdatert()).isZero();
        assertThat(response.body().getManglerSamtykke()).isZero();
        IndexedMelding stored = simulator.innsyn().melding(melding.getMeldingId()).orElseThrow();
        assertThat(stored.versjon()).isEqualTo("forsendelseV2");
        assertThat(stored.eksponertForVerdi()).isEqualTo("01010112345");
        assertThat(stored.eksternRef()).contains("skole.skyss");
        assertThat(JsonParser.parseString(stored.metadataJson()).getAsJsonObject().get("tittel").getAsString())
                .isEqualTo("Vedtak om skoleskyss");
    }

    @Test
    void indexingTheSameMeldingIdAgainIsOppdatert() throws IOException {
        IndexMeldingV2 melding = InnsynFixtures.forsendelse("01010112345", "Første versjon");
        index(melding);

        Outcome<MeldingIndexResponseV2> again = index(melding.meldingMetadata(
                InnsynFixtures.base64(InnsynFixtures.forsendelseMetadata("Andre versjon"))));

        assertThat(again.body().getOpprettet()).isZero();
        assertThat(again.body().getOppdatert()).isEqualTo(1);
        assertThat(simulator.innsyn().melding(melding.getMeldingId()).orElseThrow().metadataJson())
                .contains("Andre versjon");
    }

    @Test
    void aMeldingWithoutEksponertForVerdiIs400NamingTheMeldingAndField() throws IOException {
        IndexMeldingV2 valid = InnsynFixtures.forsendelse("01010112345", "Gyldig");
        IndexMeldingV2 invalid = InnsynFixtures.forsendelse("01010112345", "Ugyldig");
        invalid.getEksponertFor().setVerdi(null);

        Outcome<MeldingIndexResponseV2> response = index(valid, invalid);

        assertThat(response.code()).isEqualTo(400);
        FiksError error = response.fiksError();
        assertThat(error.errorCode()).isEqualTo(SimulatorErrorCodes.BAD_REQUEST);
        assertThat(error.message()).contains("meldinger[1]", invalid.getMeldingId().toString(), "eksponertFor.verdi");
        assertThat(error.errorJsonAsMap()).containsEntry("felt", "eksponertFor.verdi");
        assertThat(simulator.innsyn().melding(valid.getMeldingId())).as("nothing of the batch is written").isEmpty();
    }

    @Test
    void metadataThatDoesNotMatchItsVersjonsModelIs400ListingEveryInvalidMeldingAndWritesNothing() throws IOException {
        IndexMeldingV2 valid = InnsynFixtures.forsendelse("01010112345", "Gyldig");
        JsonObject utenDokumenter = InnsynFixtures.forsendelseMetadata("Uten dokumenter");
        utenDokumenter.remove("dokumenter");
        IndexMeldingV2 first = InnsynFixtures.melding("01010112345", "forsendelseV2", utenDokumenter);
        IndexMeldingV2 second = InnsynFixtures.forsendelse("01010112345", "Ukjent").versjon("brevV7");

        Outcome<MeldingIndexResponseV2> response = index(valid, first, second);

        assertThat(response.code()).isEqualTo(400);
        FiksError error = response.fiksError();
        assertThat(error.message()).contains("meldinger[1]", first.getMeldingId().toString(), "meldingMetadata",
                "forsendelseV2", "dokumenter is missing", "1 more invalid melding");
        assertThat(error.errorJsonAsMap()).containsEntry("meldingId", first.getMeldingId().toString());
        JsonArray feil = error.errorJson().orElseThrow().getAsJsonArray("feil");
        assertThat(feil).hasSize(2);
        assertThat(feil.get(1).getAsJsonObject().get("meldingId").getAsString())
                .isEqualTo(second.getMeldingId().toString());
        assertThat(feil.get(1).getAsJsonObject().get("feilmelding").getAsString())
                .isEqualTo("versjon is not a versjon Innsyn knows");
        assertThat(simulator.innsyn().melding(valid.getMeldingId())).as("nothing of the batch is written").isEmpty();
    }

    @Test
    void metadataThatIsNotBase64OfAJsonObjectIs400() throws IOException {
        Outcome<MeldingIndexResponseV2> notBase64 = index(
                InnsynFixtures.forsendelse("01010112345", "x").meldingMetadata("ikke base64!"));
        Outcome<MeldingIndexResponseV2> notJson = index(InnsynFixtures.forsendelse("01010112345", "x")
                .meldingMetadata(java.util.Base64.getEncoder().encodeToString("[1,2]".getBytes())));

        assertThat(notBase64.code()).isEqualTo(400);
        assertThat(notBase64.fiksError().message()).contains("meldingMetadata");
        assertThat(notJson.code()).isEqualTo(400);
        assertThat(notJson.fiksError().message()).contains("meldingMetadata");
    }

    @Test
    void missingVersjonIs400() throws IOException {
        Outcome<MeldingIndexResponseV2> response = index(InnsynFixtures.forsendelse("01010112345", "x").versjon(null));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.fiksError().message()).contains("versjon");
    }

    @Test
    void moreThan5000MeldingerIs422() throws IOException {
        List<IndexMeldingV2> meldinger = new ArrayList<>();
        IndexMeldingV2 template = InnsynFixtures.forsendelse("01010112345", "Mange");
        for (int i = 0; i < 5001; i++) {
            meldinger.add(new IndexMeldingV2().meldingId(UUID.randomUUID())
                    .fiksOrganisasjonId(template.getFiksOrganisasjonId())
                    .sikkerhetsniva(3)
                    .eksponertFor(template.getEksponertFor())
                    .versjon(template.getVersjon())
                    .meldingMetadata(template.getMeldingMetadata()));
        }

        Outcome<MeldingIndexResponseV2> response = Outcome.of(index.index(new IndexRequestV2().meldinger(meldinger)));

        assertThat(response.code()).isEqualTo(422);
        assertThat(response.fiksError().errorCode())
                .isEqualTo(SimulatorErrorCodes.TOO_MANY_MELDINGER);
    }

    @Test
    void meldingerForAPersonWithoutConsentAreCountedNotIndexed() throws IOException {
        simulator.innsyn().withoutConsent("09090912345");
        IndexMeldingV2 utenSamtykke = InnsynFixtures.forsendelse("09090912345", "Uten samtykke");

        MeldingIndexResponseV2 response = index(utenSamtykke).body();

        assertThat(response.getManglerSamtykke()).isEqualTo(1);
        assertThat(response.getMeldingerUtenSamtykke()).containsExactly(utenSamtykke.getMeldingId());
        assertThat(simulator.innsyn().melding(utenSamtykke.getMeldingId())).isEmpty();
    }

    @Test
    void slettByMeldingIdRemovesTheMelding() throws IOException {
        IndexMeldingV2 melding = InnsynFixtures.forsendelse("01010112345", "Slettes");
        index(melding);

        Outcome<SlettRespons> response = Outcome.of(delete.slettByMeldingId(new SlettMeldingerSpec().meldinger(List.of(
                new SlettMeldingSpec().fiksOrgId(InnsynFixtures.ORGANISASJON).meldingId(melding.getMeldingId()))))
                );

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().getAntallSlettet()).isEqualTo(1L);
        assertThat(simulator.innsyn().melding(melding.getMeldingId())).isEmpty();
    }

    @Test
    void slettByEksternRefRemovesOnlyThatGroup() throws IOException {
        UUID organisasjon = UUID.randomUUID();
        IndexMeldingV2 plan1 = InnsynFixtures.forsendelse("01010112345", "Plan 1").fiksOrganisasjonId(organisasjon)
                .eksternRef("plansak");
        IndexMeldingV2 plan2 = InnsynFixtures.forsendelse("01010112345", "Plan 2").fiksOrganisasjonId(organisasjon)
                .eksternRef("plansak");
        IndexMeldingV2 annet = InnsynFixtures.forsendelse("01010112345", "Annet").fiksOrganisasjonId(organisasjon)
                .eksternRef("byggesak");
        index(plan1, plan2, annet);

        Outcome<SlettRespons> response = Outcome.of(delete.slett(organisasjon, "plansak", null));

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.body().getAntallSlettet()).isEqualTo(2L);
        assertThat(simulator.innsyn().melding(annet.getMeldingId())).isPresent();
        assertThat(simulator.innsyn().melding(plan1.getMeldingId())).isEmpty();
    }
}
