package io.github.fiksclients.svarinn;

/** The version of the SvarInn receiving API that a {@link SvarInnClient} talks to. */
public enum SvarInnApiVersion {

    /** SvarInn v1 ({@code svarinn/mottaker/hentNyeForsendelser}, {@code kvitterMottak}, {@code mottakFeilet}). */
    V1,

    /** SvarInn v2 ({@code svarinn/v2/forsendelser}, status updates with {@code PATCH}); the default. */
    V2
}
