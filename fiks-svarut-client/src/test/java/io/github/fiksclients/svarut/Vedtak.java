package io.github.fiksclients.svarut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The valid forsendelse the send tests start from: one small PDF, a vedtak, to an organisation. */
final class Vedtak {

    private Vedtak() {
    }

    /**
     * Writes the vedtak as {@code vedtak.pdf}.
     *
     * @param dir the directory to write it in
     * @return the file
     */
    static Path pdf(Path dir) {
        try {
            return Files.writeString(dir.resolve("vedtak.pdf"), "%PDF-1.4 vedtak");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A forsendelse of the vedtak to Eksempel kommune, ready to build or to change.
     *
     * @param dir the directory to write the PDF in
     * @return the builder
     */
    static Forsendelse.Builder forsendelse(Path dir) {
        return Forsendelse.builder().tittel("Vedtak")
                .mottaker(Mottaker.organisasjon("999888777").navn("Eksempel kommune"))
                .dokument(Dokument.fromFile(pdf(dir)));
    }
}
