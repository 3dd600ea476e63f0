package io.github.fiksclients.secretscan;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the secret scan's collection before the first test of a JVM runs, and scans what came after the last test
 * class (background threads, shutdown) when all tests are done. Registered through {@code META-INF/services}.
 */
public final class SecretScanListener implements TestExecutionListener {

    /** Creates the listener; the JUnit launcher does, through the service loader. */
    public SecretScanListener() {
        // Stateless: the collected output belongs to the JVM.
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        SecretScanner.start();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        SecretScanner.check("the end of the test run (after the last test class)");
    }
}
