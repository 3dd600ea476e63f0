package io.github.fiksclients.benchmarks;

import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Adresse;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The messages of the indexing benchmark, as an integration's own records before either variant turns them into
 * Innsyn's wire format: ids, the citizen, and ForsendelseV2 metadata of about 350 bytes of JSON that matches the
 * forsendelseV2 model.
 */
final class SampleMeldinger {

    /** The organisation every message belongs to. */
    static final UUID FIKS_ORGANISASJON_ID = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");

    private static final long SENDT_DATO = 1_741_939_200_000L;

    private SampleMeldinger() {
    }

    /**
     * One record of the integration, for message number {@code number}.
     *
     * @param meldingId the message's id
     * @param fodselsnummer the citizen it is shown to, 11 digits
     * @param eksternRef the integration's reference for the case
     * @param metadata what the citizen sees
     */
    record Source(UUID meldingId, String fodselsnummer, String eksternRef, ForsendelseV2 metadata) {
    }

    /**
     * Makes the record of one message; the same number always gives the same record.
     *
     * @param number from 0
     * @return the record
     */
    static Source source(int number) {
        UUID meldingId = new UUID(0x1_2025L, number);
        ForsendelseV2 metadata = new ForsendelseV2()
                .tittel("Vedtak om byggesøknad, gnr. " + (number % 200) + " bnr. " + (number % 37))
                .sendtDato(SENDT_DATO + number * 1000L)
                .avsender("Eksempel kommune")
                .lest(false)
                .mottakerAdresse(new ForsendelseV2Adresse().navn("Ola Nordmann").addresselinje1("Storgata " + number % 90)
                        .postnummer("0150").poststed("Oslo"))
                .dokumenter(List.of(new ForsendelseV2Dokument().tittel("vedtak.pdf").size(180_000 + number % 1000)
                        .mimeType("application/pdf").nedlastingLenke("https://dokumenter.example.test/" + number)));
        return new Source(meldingId, String.format(Locale.ROOT, "%011d", 1_017_012_345L + number),
                "sak.2025." + number / 100, metadata);
    }
}
