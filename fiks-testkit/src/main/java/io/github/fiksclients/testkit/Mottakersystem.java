package io.github.fiksclients.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

/** A registered SvarInn mottakersystem: its Basic credentials and the certificate downloads are encrypted to. */
final class Mottakersystem {

    private final String username;
    private final byte[] password;
    private final X509Certificate encryptionCertificate;

    Mottakersystem(String username, String password, X509Certificate encryptionCertificate) {
        this.username = username;
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.encryptionCertificate = encryptionCertificate;
    }

    String username() {
        return username;
    }

    X509Certificate encryptionCertificate() {
        return encryptionCertificate;
    }

    boolean passwordMatches(String candidate) {
        return MessageDigest.isEqual(password, candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Mottakersystem{" + username + "}";
    }
}
