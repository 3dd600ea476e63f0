package io.github.fiksclients.innsyn;

import java.util.Locale;

/** The kinds of document (message type) that a lookup names, such as the {@code type} of a document or a parent. */
public enum DokumentType {

    /** An invoice. */
    FAKTURA,

    /** A case folder. */
    SAKSMAPPE,

    /** A journal entry. */
    JOURNALPOST,

    /** A building case. */
    BYGGESAK,

    /** A submitted form. */
    INNSENDTSKJEMA,

    /** A draft form. */
    SKJEMAKLADD,

    /** A cadastral unit. */
    MATRIKKELENHET,

    /** A municipal service. */
    KOMMUNALTJENESTE,

    /** A forsendelse (mail). */
    FORSENDELSE;

    /**
     * The name on the wire.
     *
     * @return the lower-case name, such as {@code forsendelse}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
