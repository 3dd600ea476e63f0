package io.github.fiksclients.secretscan;

/**
 * One secret the scan found: which rule matched and where, with the secret itself masked.
 *
 * @param rule the name of the rule that matched, such as {@code JWT} or {@code test secret #3}
 * @param where the output it was found in, such as {@code log target/test-log.txt line 812}
 * @param excerpt the line it was found on, cut to at most 240 characters, every secret in it masked
 */
public record Finding(String rule, String where, String excerpt) {

    @Override
    public String toString() {
        return rule + " in " + where + ": " + excerpt;
    }
}
