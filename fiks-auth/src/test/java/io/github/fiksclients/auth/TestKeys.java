package io.github.fiksclients.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A 2048-bit RSA key with a self-signed certificate made by BouncyCastle, and files holding them. Shared with other
 * modules' tests through this module's test jar.
 */
public final class TestKeys {

    static final String ALIAS = "virksomhet";

    final KeyPair keyPair;
    final X509Certificate certificate;

    private TestKeys(KeyPair keyPair, X509Certificate certificate) {
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /**
     * Makes a new key and certificate (about 0.2 s: share them per test class).
     *
     * @param commonName the certificate's CN
     * @return the keys
     */
    public static TestKeys generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ", O=Testkommune");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), name, keyPair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
            return new TestKeys(keyPair, certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The private key.
     *
     * @return the RSA private key
     */
    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /**
     * The self-signed certificate of the key.
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return certificate;
    }

    Path writePkcs12(Path directory, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        Path file = directory.resolve("virksomhetssertifikat.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    /** Writes the key as PKCS#8 ({@code PRIVATE KEY}). */
    Path writePkcs8Pem(Path directory) throws IOException {
        return writePem(directory.resolve("key-pkcs8.pem"), new JcaPKCS8Generator(keyPair.getPrivate(), null));
    }

    /** Writes the key as PKCS#1 ({@code RSA PRIVATE KEY}). */
    Path writePkcs1Pem(Path directory) throws IOException {
        return writePem(directory.resolve("key-pkcs1.pem"), keyPair.getPrivate());
    }

    Path writeCertificatePem(Path directory) throws IOException {
        return writePem(directory.resolve("certificate.pem"), certificate);
    }

    private static Path writePem(Path file, Object item) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(item);
        }
        return file;
    }
}
