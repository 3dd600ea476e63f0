package io.github.fiksclients.spring;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import java.util.Optional;

/** Reads a key configured either as a PKCS#12 keystore or as a PEM file, and says which property is missing. */
final class KeySources {

    private KeySources() {
    }

    /**
     * Reads the configured key, if any.
     *
     * @param prefix the properties' prefix, for messages, such as {@code fiks.svarinn}
     * @param pem the PEM key file, or null
     * @param certificate the PEM certificate file, or null if not needed or not set
     * @param pkcs12 the PKCS#12 settings
     * @return the key material, or empty if neither source is set
     * @throws IllegalStateException if both are set, or one is set incompletely
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if the key cannot be read
     */
    static Optional<KeyMaterial> read(String prefix, java.nio.file.Path pem, java.nio.file.Path certificate,
            FiksProperties.Pkcs12 pkcs12) {
        if (pem != null && pkcs12.getPath() != null) {
            throw new IllegalStateException("Set either " + prefix + ".private-key or " + prefix
                    + ".pkcs12.path, not both");
        }
        if (pkcs12.getPath() != null) {
            if (!FiksAuthentications.hasText(pkcs12.getPassword()) || !FiksAuthentications.hasText(pkcs12.getAlias())) {
                throw new IllegalStateException("Set " + prefix + ".pkcs12.password and " + prefix
                        + ".pkcs12.alias with " + prefix + ".pkcs12.path");
            }
            return Optional.of(KeyMaterial.fromPkcs12(pkcs12.getPath(), Secret.of(pkcs12.getPassword()),
                    pkcs12.getAlias()));
        }
        if (pem == null) {
            return Optional.empty();
        }
        return Optional.of(certificate == null ? KeyMaterial.fromPem(pem) : KeyMaterial.fromPem(pem, certificate));
    }
}
