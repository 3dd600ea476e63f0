package io.github.fiksclients.secretscan;

import java.util.ArrayList;
import java.util.List;

/** Scans what the tests of this JVM made visible since the last scan, and fails if a secret is in it. */
final class SecretScanner {

    private static final SecretScan SCAN = SecretScan.standard();
    private static final int MAX_SHOWN = 20;

    private SecretScanner() {
    }

    /** Starts collecting, if not yet started: the standard streams are copied and exceptions recorded from now on. */
    static void start() {
        TestOutput.get();
    }

    /**
     * Scans the output since the last scan.
     *
     * @param subject what produced it, such as a test class, for the failure message
     * @throws AssertionError naming each secret found (masked), its rule and where it is
     */
    static void check(String subject) {
        List<Finding> findings = new ArrayList<>();
        for (Capture capture : TestOutput.get().takeNew()) {
            findings.addAll(SCAN.scan(capture.source(), capture.firstLine(), capture.text()));
        }
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder("Secret scan: ").append(subject).append(" made ")
                    .append(findings.size()).append(" secret(s) visible (masked below; see ")
                    .append(SecretScan.class.getName()).append(" for the rules):");
            findings.stream().limit(MAX_SHOWN).forEach(finding -> message.append("\n  ").append(finding));
            if (findings.size() > MAX_SHOWN) {
                message.append("\n  and ").append(findings.size() - MAX_SHOWN).append(" more");
            }
            throw new AssertionError(message.toString());
        }
    }
}
