package io.github.fiksclients.secretscan;

/**
 * Hands the secret scan output that a test captured itself, so that it never reached the standard streams: what a
 * command line printed to its own writers, for example. It is scanned with the rest after the test class.
 */
public final class CapturedOutput {

    private CapturedOutput() {
    }

    /**
     * Adds output to the next scan.
     *
     * @param source what printed it, named if a secret is found in it, such as {@code "fiks svarinn receive stdout"}
     * @param text the output
     */
    public static void add(String source, String text) {
        TestOutput.get().add(source, text);
    }
}
