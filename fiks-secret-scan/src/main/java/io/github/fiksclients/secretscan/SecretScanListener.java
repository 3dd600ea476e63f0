package io.github.fiksclients.secretscan;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the secret scan's collection before the first test of a JVM runs, and scans what came after the last test
 * class (background threads, shutdown) when the launcher session closes. Registered through
 * {@code META-INF/services}.
 */
public final class SecretScanListener implements LauncherSessionListener {

    /** Creates the listener; the JUnit launcher does, through the service loader. */
    public SecretScanListener() {
        // Stateless: the collected output belongs to the JVM.
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SecretScanner.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SecretScanner.check("the end of the test run (after the last test class)");
    }
}
