package io.github.fiksclients.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.innsyn.DokumentType;
import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.InnsynPersonClient;
import io.github.fiksclients.innsyn.InnsynSearch;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link InnsynClient} against the simulator, end to end: indexing and deletion with a real Maskinporten JWT grant
 * against the simulator's token endpoint, and search and lookup with a citizen's token.
 */
@ExtendWith(FiksSimulatorExtension.class)
class InnsynEndToEndTest {

    private static FiksSimulator simulator;
    private static InnsynClient innsyn;

    @BeforeAll
    static void client(FiksSimulator running) {
        simulator = running;
        SimulatorCredentials demo = simulator.credentials();
        MaskinportenTokenProvider maskinporten = MaskinportenTokenProvider.builder()
                .tokenEndpoint(simulator.maskinportenTokenUrl())
                .audience(simulator.maskinportenAudience())
                .issuer(demo.maskinportenClientId())
                .keyAndCertificate(demo.maskinportenPrivateKey(), demo.maskinportenCertificate())
                .build();
        innsyn = InnsynClient.builder()
                .baseUrl(simulator.fiksApiBaseUrl().toString())
                .integrasjon(demo.integrasjonId().toString(), Secret.of(demo.integrasjonPassord()))
                .accessTokenProvider(maskinporten)
                .build();
    }

    @AfterAll
    static void close() {
        innsyn.close();
    }

    /** A fødselsnummer no other test uses. */
    private static String newCitizen() {
        return String.format("%011d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000_000L));
    }

    private static InnsynMelding melding(UUID organisasjon, String fodselsnummer, String tittel, String eksternRef) {
        return InnsynMelding.builder()
                .meldingId(UUID.randomUUID())
                .fiksOrganisasjonId(organisasjon)
                .sikkerhetsniva(3)
                .eksponertFor(EksponertFor.fodselsnummer(fodselsnummer))
                .versjon(MeldingVersjon.FORSENDELSE_V2)
                .metadata(new ForsendelseV2().tittel(tittel).avsender("Fjordvik kommune").lest(false)
                        .sendtDato(1_714_550_400_000L).addDokumenterItem(new ForsendelseV2Dokument().tittel(tittel)
                                .mimeType("application/pdf").nedlastingLenke("https://dokumenter.example.test/v.pdf")))
                .eksternRef(eksternRef)
                .build();
    }

    private static InnsynPersonClient citizen(String fodselsnummer) {
        return innsyn.forPerson(PersonToken.of(simulator.innsyn().personToken(fodselsnummer)));
    }

    private static List<UUID> ids(List<InnsynMelding> meldinger) {
        return meldinger.stream().map(InnsynMelding::meldingId).toList();
    }

    @Test
    void indexesEveryOtherMeldingWhenInnsynRefusesOneAndNamesIt() {
        UUID organisasjon = UUID.randomUUID();
        String person = newCitizen();
        List<InnsynMelding> meldinger = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            meldinger.add(melding(organisasjon, person, "Melding " + i, "e2e-refused"));
        }
        InnsynMelding unknown = InnsynMelding.builder().meldingId(UUID.randomUUID()).fiksOrganisasjonId(organisasjon)
                .sikkerhetsniva(3).eksponertFor(EksponertFor.fodselsnummer(person)).versjon("brevV7")
                .metadata(Map.of("tittel", "Nytt brev")).build();
        meldinger.add(77, unknown);

        IndexSummary summary = innsyn.index(meldinger);

        assertThat(summary.failure()).isEmpty();
        assertThat(summary.meldingerIndexed()).isEqualTo(120);
        assertThat(summary.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.meldingId()).isEqualTo(unknown.meldingId());
            assertThat(refused.position()).isEqualTo(77);
            assertThat(refused.reason()).contains("400", "versjon is not a versjon Innsyn knows");
        });
        assertThat(simulator.innsyn().indexed()).filteredOn(melding -> melding.fiksOrganisasjonId()
                .equals(organisasjon)).hasSize(120);
    }

    @Test
    void indexesInBatchesWithAMaskinportenToken() {
        UUID organisasjon = UUID.randomUUID();
        String person = newCitizen();
        List<InnsynMelding> meldinger = Stream.of("En", "To", "Tre", "Fire", "Fem")
                .map(tittel -> melding(organisasjon, person, tittel, "e2e")).toList();

        IndexSummary summary = innsyn.index(meldinger);
        IndexSummary again = innsyn.index(meldinger.subList(0, 2));

        assertThat(summary.failure()).isEmpty();
        assertThat(summary.meldingerIndexed()).isEqualTo(5);
        assertThat(summary.opprettet()).isEqualTo(5);
        assertThat(again.oppdatert()).isEqualTo(2);
        assertThat(ids(meldinger)).allSatisfy(id -> assertThat(simulator.innsyn().melding(id)).hasValueSatisfying(
                indexed -> assertThat(indexed.eksponertForVerdi()).isEqualTo(person)));
    }

    @Test
    void aCitizenFindsAndLooksUpOnlyTheirOwnMeldinger() {
        UUID organisasjon = UUID.randomUUID();
        String person = newCitizen();
        String other = newCitizen();
        InnsynMelding carport = melding(organisasjon, person, "Vedtak om carport", "e2e");
        InnsynMelding skoleskyss = melding(organisasjon, person, "Vedtak om skoleskyss", "e2e");
        InnsynMelding garasje = melding(organisasjon, other, "Vedtak om garasje", "e2e");
        assertThat(innsyn.index(List.of(carport, skoleskyss, garasje)).failure()).isEmpty();

        Sokeresultat page = citizen(person).search(InnsynSearch.of("vedtak"));
        List<MeldingV1LegacySokHit> paged;
        try (Stream<MeldingV1LegacySokHit> hits = citizen(person).allHits(
                InnsynSearch.builder().term("vedtak").antall(1).build())) {
            paged = hits.toList();
        }
        OppslagResultat oppslag = citizen(person).lookupDokument(carport.meldingId().toString(),
                DokumentType.FORSENDELSE, MeldingVersjon.FORSENDELSE_V2);

        assertThat(page.getTreff()).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactly(carport.meldingId(), skoleskyss.meldingId());
        assertThat(page.getTreff()).extracting(hit -> ((io.github.fiksclients.innsyn.soklegacy.v1.model.ForsendelseV2)
                hit.getMeldingMetadata()).getTittel()).containsExactly("Vedtak om carport", "Vedtak om skoleskyss");
        assertThat(paged).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactly(carport.meldingId(), skoleskyss.meldingId());
        assertThat(oppslag.getHit().getMeldingId()).isEqualTo(carport.meldingId());
        assertThat(oppslag.getHit().getMeldingMetadata())
                .isInstanceOfSatisfying(io.github.fiksclients.innsyn.oppslag.v1.model.ForsendelseV2.class,
                        metadata -> assertThat(metadata.getTittel()).isEqualTo("Vedtak om carport"));
    }

    @Test
    void deletedMeldingerLeaveTheIndexAndTheSearch() {
        UUID organisasjon = UUID.randomUUID();
        String person = newCitizen();
        InnsynMelding byId = melding(organisasjon, person, "Slettes med id", "sak-1");
        InnsynMelding byRef = melding(organisasjon, person, "Slettes med eksternRef", "sak-2");
        InnsynMelding kept = melding(organisasjon, person, "Beholdes", "sak-3");
        assertThat(innsyn.index(List.of(byId, byRef, kept)).failure()).isEmpty();

        long deletedById = innsyn.deleteMeldinger(organisasjon, List.of(byId.meldingId()));
        innsyn.deleteByEksternRef(organisasjon, "sak-2");

        assertThat(deletedById).isEqualTo(1);
        assertThat(simulator.innsyn().melding(byId.meldingId())).isEmpty();
        assertThat(simulator.innsyn().melding(byRef.meldingId())).isEmpty();
        assertThat(citizen(person).search(InnsynSearch.builder().build()).getTreff())
                .extracting(MeldingV1LegacySokHit::getMeldingId).containsExactly(kept.meldingId());
    }
}
