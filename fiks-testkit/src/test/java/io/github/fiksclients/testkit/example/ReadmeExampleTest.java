package io.github.fiksclients.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.InnsynSearch;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.testkit.FaultRule;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The example of the README section "Testing your integration with the simulator"; only public API. */
// README-EXAMPLE-START
@ExtendWith(FiksSimulatorExtension.class)
class ReadmeExampleTest {

    @Test
    void receivesAForsendelseDespiteAnOutage(FiksSimulator fiks, @TempDir Path innkommende) {
        SimulatorCredentials demo = fiks.credentials();
        UUID id = fiks.svarInn().enqueue(demo.svarInnMottakerId(), SimulatedForsendelse.builder()
                .tittel("Vedtak i byggesak")
                .file("vedtak.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .build());
        fiks.faults().next(FaultRule.on("GET", "/tjenester/svarinn/v2/forsendelser")
                .respondWithStatus(503).retryAfter(Duration.ofSeconds(1)).build());

        // Your integration, pointed at the simulator instead of https://svarut.ks.no/tjenester/
        try (SvarInnClient svarInn = SvarInnClient.builder()
                .baseUrl(fiks.svarUtBaseUrl().toString())
                .mottakersystem(demo.svarInnMottakerId(), Secret.of(demo.svarInnMottakerPassord()))
                .privateKey(KeyMaterial.of(demo.svarInnPrivateKey()))
                .build()) {
            ReceiveResult result = svarInn.receive(innkommende, (forsendelse, files) -> {
                // your import: the verified files are in files.directory()
            });

            assertThat(result.acknowledged()).containsExactly(id.toString());
        }
        assertThat(innkommende.resolve(id + "/vedtak.pdf")).hasContent("%PDF-1.7");
        assertThat(fiks.svarInn().status(id).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
    }

    @Test
    void indexesAMeldingAndFindsItAsTheCitizen(FiksSimulator fiks) {
        SimulatorCredentials demo = fiks.credentials();
        MaskinportenTokenProvider maskinporten = MaskinportenTokenProvider.builder()
                .tokenEndpoint(fiks.maskinportenTokenUrl())
                .audience(fiks.maskinportenAudience())
                .issuer(demo.maskinportenClientId())
                .keyAndCertificate(demo.maskinportenPrivateKey(), demo.maskinportenCertificate())
                .build();

        // Your integration, pointed at the simulator instead of https://api.fiks.ks.no/
        try (InnsynClient innsyn = InnsynClient.builder()
                .baseUrl(fiks.fiksApiBaseUrl().toString())
                .integrasjon(demo.integrasjonId().toString(), Secret.of(demo.integrasjonPassord()))
                .accessTokenProvider(maskinporten)
                .build()) {
            IndexSummary summary = innsyn.index(List.of(InnsynMelding.builder()
                    .meldingId(UUID.randomUUID())
                    .fiksOrganisasjonId(UUID.randomUUID())
                    .sikkerhetsniva(4)
                    .eksponertFor(EksponertFor.fodselsnummer("01017012345"))
                    .versjon(MeldingVersjon.FORSENDELSE_V2)
                    .metadata(new ForsendelseV2()
                            .tittel("Vedtak om byggesøknad")
                            .avsender("Fjordvik kommune")
                            .sendtDato(System.currentTimeMillis())
                            .lest(false)
                            .addDokumenterItem(new ForsendelseV2Dokument()
                                    .tittel("Vedtak")
                                    .mimeType("application/pdf")
                                    .nedlastingLenke("https://dokumenter.example.test/vedtak.pdf")))
                    .build()));
            Sokeresultat hits = innsyn.forPerson(PersonToken.of(fiks.innsyn().personToken("01017012345")))
                    .search(InnsynSearch.of("byggesøknad"));

            assertThat(summary.opprettet()).isEqualTo(1);
            assertThat(hits.getAntallTreff()).isEqualTo(1L);
        }
        assertThat(fiks.innsyn().indexed()).hasSize(1);
    }
}
// README-EXAMPLE-END
