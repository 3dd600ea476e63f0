package io.github.fiksclients.spring.app;

import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        private static final String AVSENDER = "Eksempel kommune";
        private static final String ARCHIVE = "https://arkiv.example.test/dokumenter/";

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
                            .metadata(Map.of("tittel", forsendelse.tittel().orElse(""), "avsender", AVSENDER,
                                    "sendtDato", System.currentTimeMillis(), "lest", false,
                                    "dokumenter", files.files().stream().map(file -> Map.of(
                                            "tittel", file.filnavn(),
                                            "mimeType", "application/pdf",
                                            "nedlastingLenke", ARCHIVE + forsendelse.id() + "/" + file.filnavn()))
                                            .toList()))
                            .build()));
            return new Imported(received, innsyn.index(meldinger));
        }
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
