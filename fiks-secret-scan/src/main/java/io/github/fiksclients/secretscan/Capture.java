package io.github.fiksclients.secretscan;

/**
 * A piece of test output to scan.
 *
 * @param source where it came from, such as {@code stdout}; the scan adds line numbers
 * @param firstLine the number of the first line of {@code text} within its source, counted from 1
 * @param text the output
 */
record Capture(String source, long firstLine, String text) {
}
