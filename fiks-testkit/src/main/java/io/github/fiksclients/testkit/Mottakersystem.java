package io.github.fiksclients.testkit;

import io.github.fiksclients.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

/**
 * A registered SvarInn mottakersystem: its Basic credentials and the certificate downloads are encrypted to. The
 * password is held as a {@link Secret}, so this project's secret scan knows it as soon as a test registers it.
 */
final class Mottakersystem {

    private final String username;
    private final Secret password;
    private final X509Certificate encryptionCertificate;

    Mottakersystem(String username, String password, X509Certificate encryptionCertificate) {
        this.username = username;
        this.password = Secret.of(password);
        this.encryptionCertificate = encryptionCertificate;
    }

    String username() {
        return username;
    }

    X509Certificate encryptionCertificate() {
        return encryptionCertificate;
    }

    boolean passwordMatches(String candidate) {
        return MessageDigest.isEqual(password.reveal().getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Mottakersystem{" + username + "}";
    }
}
