package io.github.fiksclients.svarinn;

/**
 * The security level a forsendelse requires of whoever reads it: level 3 or 4 of ID-porten.
 *
 * <p>SvarInn v2 sends the level by name; SvarInn v1 sends {@code "3"} or {@code "4"}.
 */
public enum Sikkerhetsniva {

    /** Substantial, level 3 ({@code BETYDELIG} in v2, {@code "3"} in v1). */
    BETYDELIG,

    /** High, level 4 ({@code HOYESTE} in v2, {@code "4"} in v1). */
    HOYESTE,

    /** Missing, or a value this client does not know; see the generated model for what was sent. */
    UNKNOWN
}
