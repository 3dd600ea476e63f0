package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.auth.TestKeys;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A receiving system made for a test: a 2048-bit RSA key pair and a self-signed certificate for it. */
public record TestRecipient(PrivateKey privateKey, X509Certificate certificate) {

    public static TestRecipient generate() {
        TestKeys keys = TestKeys.generate("Test arkivsystem");
        return new TestRecipient(keys.privateKey(), keys.certificate());
    }
}
