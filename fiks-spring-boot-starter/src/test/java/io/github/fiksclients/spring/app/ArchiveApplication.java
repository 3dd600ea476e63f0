package io.github.fiksclients.spring.app;

import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import io.github.fiksclients.svarinn.NyForsendelse;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.svarinn.receive.VerifiedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/**
 * A Spring Boot application as an integrator writes one, configured by {@code fiks.*} properties only: it receives
 * forsendelser from SvarInn and makes each one visible to its citizen in Innsyn.
 */
@SpringBootApplication
public class ArchiveApplication {

    /** Receives and indexes, with the clients the starter configured. */
    @Service
    public static class Importer {

        private final SvarInnClient svarInn;
        private final InnsynClient innsyn;

        /**
         * Takes the starter's clients.
         *
         * @param svarInn the SvarInn client
         * @param innsyn the Innsyn client
         */
        public Importer(SvarInnClient svarInn, InnsynClient innsyn) {
            this.svarInn = svarInn;
            this.innsyn = innsyn;
        }

        /**
         * Receives what is waiting and indexes one melding per forsendelse for a citizen.
         *
         * @param inbox where the files go
         * @param organisasjon the municipality's Fiks organisation
         * @param fodselsnummer the citizen
         * @return what was received and what was indexed
         */
        public Imported importNew(Path inbox, UUID organisasjon, String fodselsnummer) {
            List<InnsynMelding> meldinger = new ArrayList<>();
            ReceiveResult received = svarInn.receive(inbox, (forsendelse, files) -> meldinger.add(
                    InnsynMelding.builder()
                            .meldingId(UUID.randomUUID())
                            .fiksOrganisasjonId(organisasjon)
                            .sikkerhetsniva(4)
                            .eksponertFor(EksponertFor.fodselsnummer(fodselsnummer))
                            .versjon(MeldingVersjon.FORSENDELSE_V2)
                            .eksternRef(forsendelse.id())
                            .metadata(metadata(forsendelse, files))
                            .build()));
            return new Imported(received, innsyn.index(meldinger));
        }
    }

    /**
     * What a citizen sees of a forsendelse in Innsyn: its title, sender, date and documents, each linked to where the
     * archive serves it.
     *
     * @param forsendelse the forsendelse
     * @param files its files, as received
     * @return the melding's metadata, of versjon forsendelseV2
     */
    static ForsendelseV2 metadata(NyForsendelse forsendelse, ReceivedForsendelse files) {
        ForsendelseV2 metadata = new ForsendelseV2()
                .tittel(forsendelse.tittel().orElse("Forsendelse " + forsendelse.id()))
                .avsender(forsendelse.avsenderNavn().orElse("Ukjent avsender"))
                .sendtDato(forsendelse.dato().map(dato -> dato.toInstant().toEpochMilli())
                        .orElseGet(System::currentTimeMillis))
                .lest(false);
        for (VerifiedFile file : files.files()) {
            metadata.addDokumenterItem(new ForsendelseV2Dokument()
                    .tittel(file.filnavn())
                    .mimeType("application/pdf")
                    .size(Math.toIntExact(file.size()))
                    .nedlastingLenke("https://arkiv.example.test/forsendelser/" + forsendelse.id() + "/"
                            + file.filnavn()));
        }
        return metadata;
    }

    /**
     * The outcome of one import.
     *
     * @param received the forsendelser received
     * @param indexed the meldinger indexed
     */
    public record Imported(ReceiveResult received, IndexSummary indexed) {
    }
}
