package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * The private key and certificate that sign Maskinporten grants (usually a virksomhetssertifikat), checked to be
 * what Maskinporten accepts: RSA of at least 2048 bits, with a certificate.
 *
 * @param privateKey the RSA private key
 * @param certificate its certificate, sent in the grant's {@code x5c} header
 */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final int MIN_RSA_BITS = 2048;

    SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        if (!(privateKey instanceof RSAKey rsaKey) || !(certificate.getPublicKey() instanceof RSAPublicKey)) {
            throw new FiksAuthenticationException("Maskinporten grants need an RSA key and an RSA certificate");
        }
        if (rsaKey.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new FiksAuthenticationException("The RSA key has " + rsaKey.getModulus().bitLength()
                    + " bits; Maskinporten needs at least " + MIN_RSA_BITS);
        }
    }

    /**
     * Checks key material for signing grants.
     *
     * @param keyMaterial a key with its certificate (which {@link KeyMaterial} has checked to belong together)
     * @return the signing key
     * @throws FiksAuthenticationException if there is no certificate, or the key is not RSA of 2048 bits or more
     */
    static SigningKey of(KeyMaterial keyMaterial) {
        X509Certificate certificate = keyMaterial.certificate().orElseThrow(() -> new FiksAuthenticationException(
                "Maskinporten grants need the certificate of the key; " + keyMaterial + " has none"));
        return new SigningKey(keyMaterial.privateKey(), certificate);
    }

    @Override
    public String toString() {
        return "SigningKey{certificate=" + certificate.getSubjectX500Principal().getName() + "}";
    }
}
