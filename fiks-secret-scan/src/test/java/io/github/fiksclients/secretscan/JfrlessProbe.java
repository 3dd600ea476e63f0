package io.github.fiksclients.secretscan;

/**
 * Run in a JVM without the {@code jdk.jfr} module: prints what the exception recorder says when it is asked for what
 * it recorded.
 */
public final class JfrlessProbe {

    private JfrlessProbe() {
    }

    /**
     * Starts a recorder and takes what it recorded.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ThrownMessages recorder = ThrownMessages.start();
        try {
            recorder.takeNew();
            System.out.println("recorded");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
