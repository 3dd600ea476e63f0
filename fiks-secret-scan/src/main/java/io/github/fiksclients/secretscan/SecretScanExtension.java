package io.github.fiksclients.secretscan;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the secret scan after every test class: fails the class if the log, standard output or error, or the
 * message of any exception thrown since the previous class holds a secret. Registered for every test class of the
 * project through {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled=true} in the
 * root pom's Surefire configuration.
 */
public final class SecretScanExtension implements BeforeAllCallback, AfterAllCallback {

    /** Creates the extension; JUnit does, through the service loader. */
    public SecretScanExtension() {
        // Stateless: the collected output belongs to the JVM.
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SecretScanner.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecretScanner.check(context.getRequiredTestClass().getName());
    }
}
