package io.github.fiksclients.benchmarks;

import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.model.Avsender;
import io.github.fiksclients.svarinn.v2.model.Fil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.MetadataFraAvleverendeSystem;
import io.github.fiksclients.svarinn.v2.model.Mottaker;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What SvarInn v2 answers to {@code GET forsendelser} in the per-call benchmark: two new forsendelser with their
 * sender, receiver, archive metadata and files, about 2.5 KB of JSON written with the generated models.
 */
final class SampleForsendelser {

    private static final OffsetDateTime SENDT = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    private SampleForsendelser() {
    }

    /**
     * Returns the response body.
     *
     * @return a JSON array of two forsendelser, UTF-8
     */
    static byte[] json() {
        List<Forsendelse> forsendelser = List.of(forsendelse(1, "Vedtak i byggesak 2025/1042"),
                forsendelse(2, "Svar på søknad om ferdigattest"));
        return JSON.gson().toJson(forsendelser).getBytes(StandardCharsets.UTF_8);
    }

    private static Forsendelse forsendelse(int number, String tittel) {
        UUID id = new UUID(0x5e17_2a1bL, number);
        List<Fil> filer = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            filer.add(new Fil()
                    .filnavn(i == 1 ? "vedtak.pdf" : "vedlegg-" + i + ".pdf")
                    .mimeType("application/pdf")
                    .hash(String.format("%064x", number * 1000L + i))
                    .type(i == 1 ? "HOVEDDOKUMENT" : "VEDLEGG")
                    .storrelse(180_000L * i));
        }
        return new Forsendelse()
                .id(id)
                .tittel(tittel)
                .dato(SENDT.plusMinutes(number))
                .sikkerhetsniva(Forsendelse.SikkerhetsnivaEnum.HOYESTE)
                .avsender(new Avsender().navn("Eksempel kommune").adresselinje1("Rådhusgata 1")
                        .postnummer("0001").poststed("Oslo"))
                .mottaker(new Mottaker().organisasjonsnummer("910229567").navn("Eksempel AS")
                        .adresselinje1("Storgata 10").postnummer("0150").poststed("Oslo").land("Norge"))
                .metadataFraAvleverendeSystem(new MetadataFraAvleverendeSystem()
                        .sakssekvensnummer(1042L).saksaar(2025).journalaar(2025L).journalsekvensnummer(3170L + number)
                        .journalpostnummer(7L).journalposttype("U").journalstatus("F").journaldato(SENDT)
                        .dokumentetsDato(SENDT).tittel(tittel).saksbehandler("Kari Nordmann"))
                .filer(filer)
                .type("forsendelse")
                .eksternRef("sak-2025-1042-" + number)
                .nedlastingslenke("https://svarut.ks.no/tjenester/svarinn/v2/forsendelser/" + id)
                .avgivendeSystem("Eksempel sakssystem")
                .taushetsbelagtPost(false);
    }
}
