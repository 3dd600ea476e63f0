package io.github.fiksclients.benchmarks;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Makes the 2048-bit RSA keys and self-signed certificates that the benchmarks' parties use, fresh for each run. */
final class SelfSignedKeys {

    private SelfSignedKeys() {
    }

    /**
     * Makes a 2048-bit RSA key pair.
     *
     * @return the key pair
     */
    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform makes RSA keys", e);
        }
    }

    /**
     * Makes a certificate for a key pair, signed by itself, valid from yesterday for 30 days.
     *
     * @param keyPair the key pair
     * @param commonName the subject's CN
     * @return the certificate
     */
    static X509Certificate certificate(KeyPair keyPair, String commonName) {
        X500Name name = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                    name, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the certificate of " + commonName, e);
        }
    }
}
