package io.github.fiksclients.innsyn;

import io.github.fiksclients.auth.MaskinportenEnvironment;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.soklegacy.v1.model.ForsendelseV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The code examples of the README's Innsyn sections, kept here so that they compile against the real API. They are
 * not run (they need real credentials); the behaviour they show is tested elsewhere in this module.
 */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    static InnsynClient client(String integrasjonId, String integrasjonPassord, String keystorePassword) {
        // --- README: innsyn-client ---
        MaskinportenTokenProvider maskinporten = MaskinportenTokenProvider.builder()
                .environment(MaskinportenEnvironment.TEST)
                .issuer("my-maskinporten-client-id")
                .pkcs12(Path.of("virksomhetssertifikat.p12"), Secret.of(keystorePassword), "alias")
                .build();

        InnsynClient innsyn = InnsynClient.builder()
                .environment(FiksEnvironment.TEST)
                .integrasjon(integrasjonId, Secret.of(integrasjonPassord))
                .accessTokenProvider(maskinporten)
                .retryPolicy(RetryPolicy.builder().maxAttempts(4).maxElapsed(Duration.ofMinutes(5)).build())
                .build();
        // --- end ---
        return innsyn;
    }

    static void index(InnsynClient innsyn, Stream<Vedtak> vedtak, UUID fiksOrganisasjonId) {
        // --- README: innsyn-index ---
        Stream<InnsynMelding> meldinger = vedtak.map(v -> InnsynMelding.builder()
                .meldingId(v.id())
                .fiksOrganisasjonId(fiksOrganisasjonId)
                .sikkerhetsniva(4)
                .eksponertFor(EksponertFor.fodselsnummer(v.fodselsnummer()))
                .versjon(MeldingVersjon.FORSENDELSE_V2)
                .metadata(new ForsendelseV2()
                        .tittel(v.tittel())
                        .avsender("Fjordvik kommune")
                        .sendtDato(v.sendt().toEpochMilli())
                        .lest(false)
                        .addDokumenterItem(new ForsendelseV2Dokument()
                                .tittel(v.tittel())
                                .mimeType("application/pdf")
                                .nedlastingLenke(v.lenke())))
                .eksternRef("sakssystem.vedtak")
                .build());

        IndexSummary summary = innsyn.index(meldinger, progress ->
                System.err.printf("%d batches, %d meldinger indexed%n",
                        progress.batchesDone(), progress.meldingerDone()));

        System.out.printf("opprettet %d, oppdatert %d, mangler samtykke %d%n",
                summary.opprettet(), summary.oppdatert(), summary.manglerSamtykke());
        summary.refused().forEach(refused ->
                System.err.println(refused.meldingId() + " not indexed: " + refused.reason()));
        summary.failure().ifPresent(failure -> {
            System.err.println(failure.reason());
            failure.ikkeAutorisertForIndex().ifPresent(refusal ->
                    System.err.println("Not authorised to index for " + refusal.fiksOrgId()));
            System.err.println("Send the input again from position " + summary.meldingerDone());
        });
        // --- end ---
    }

    static void delete(InnsynClient innsyn, UUID fiksOrganisasjonId, List<UUID> meldingIds) {
        // --- README: innsyn-delete ---
        long deleted = innsyn.deleteMeldinger(fiksOrganisasjonId, meldingIds);
        innsyn.deleteByEksternRef(fiksOrganisasjonId, "sakssystem.vedtak");
        System.out.println(deleted + " deleted");
        // --- end ---
    }

    static void search(InnsynClient innsyn, String idPortenToken, String dokumentId) {
        // --- README: innsyn-search ---
        InnsynPersonClient citizen = innsyn.forPerson(PersonToken.of(idPortenToken));

        Sokeresultat firstPage = citizen.search(InnsynSearch.builder()
                .term("byggesøknad")
                .antall(20)
                .sortering(Sortering.DATO_DESC)
                .akseptertMeldingVersjon(MeldingVersjon.FORSENDELSE_V1, MeldingVersjon.FORSENDELSE_V2)
                .build());
        System.out.println(firstPage.getAntallTreff() + " hits");

        try (Stream<MeldingV1LegacySokHit> hits = citizen.allHits(InnsynSearch.of("byggesøknad"))) {
            hits.forEach(hit -> {
                if (hit.getMeldingMetadata() instanceof ForsendelseV1 forsendelse) {
                    System.out.println(forsendelse.getTittel());
                } else if (hit.getMeldingMetadata() instanceof UnknownMeldingMetadata unknown) {
                    System.out.println("new kind " + unknown.versjon().orElse("?") + ": " + unknown.json());
                } else {
                    System.out.println(hit.getMeldingMetadata().getVersjon() + " " + hit.getDokumentId());
                }
            });
        }

        OppslagResultat oppslag = citizen.lookupDokument(dokumentId, DokumentType.FORSENDELSE,
                MeldingVersjon.FORSENDELSE_V2);
        // --- end ---
        System.out.println(oppslag.getLookupErrorCode());
    }

    /** A decision from the caller's own case system, for the examples. */
    record Vedtak(UUID id, String fodselsnummer, String tittel, Instant sendt, String lenke) {
    }
}
