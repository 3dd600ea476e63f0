package io.github.fiksclients.secretscan;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans what the tests of this JVM made visible since the last scan, for the secrets known by now, and fails if a
 * secret is in it or if the scan could not see all of it.
 */
final class SecretScanner {

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
        SecretScan scan = SecretScan.current();
        for (Capture capture : TestOutput.get().takeNew()) {
            findings.addAll(scan.scan(capture.source(), capture.firstLine(), capture.text()));
        }
        String failure = failure(subject, findings, TestOutput.get().takeProblems());
        if (failure != null) {
            throw new AssertionError(failure);
        }
    }

    /**
     * Words the failure of a scan.
     *
     * @param subject what was scanned, such as a test class
     * @param findings the secrets found
     * @param problems what kept the scan from seeing everything
     * @return the message, or {@code null} if nothing was found and the scan saw everything
     */
    static String failure(String subject, List<Finding> findings, List<String> problems) {
        if (findings.isEmpty() && problems.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder("Secret scan: ").append(subject);
        if (!findings.isEmpty()) {
            message.append(" made ").append(findings.size()).append(" secret(s) visible (masked below; see ")
                    .append(SecretScan.class.getName()).append(" for the rules):");
            findings.stream().limit(MAX_SHOWN).forEach(finding -> message.append("\n  ").append(finding));
            if (findings.size() > MAX_SHOWN) {
                message.append("\n  and ").append(findings.size() - MAX_SHOWN).append(" more");
            }
        }
        if (!problems.isEmpty()) {
            message.append(findings.isEmpty() ? ": " : "\nAlso: ").append("the scan could not see everything, so a "
                    + "secret may have gone unnoticed:");
            problems.forEach(problem -> message.append("\n  ").append(problem));
        }
        return message.toString();
    }
}
