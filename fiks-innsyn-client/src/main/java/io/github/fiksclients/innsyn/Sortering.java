package io.github.fiksclients.innsyn;

/** The order of search hits, for the searches that can sort ({@link InnsynPersonClient#search} and faktura). */
public enum Sortering {

    /** Oldest first. */
    DATO_ASC,

    /** Newest first. */
    DATO_DESC,

    /** Most relevant first, Innsyn's default. */
    RELEVANS
}
