package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A private key, with its certificate when there is one, read from a PKCS#12 keystore or from PEM files: the
 * key of a virksomhetssertifikat that signs Maskinporten grants, or the key a receiving system decrypts with.
 *
 * <p>Files are read when a factory method is called; every failure is a {@link FiksAuthenticationException} whose
 * message names the file but never a password or key. When a certificate is given, the key must belong to it
 * (checked for RSA keys by their modulus; for other algorithms only the algorithm is compared). Instances are
 * immutable, and {@code toString()} shows the key's algorithm and the certificate's subject, nothing secret.
 *
 * <pre>{@code
 * KeyMaterial key = KeyMaterial.fromPem(Path.of("private-key.pem"));
 * KeyMaterial signing = KeyMaterial.fromPkcs12(Path.of("virksomhet.p12"), Secret.of(password), "virksomhet");
 * }</pre>
 */
public final class KeyMaterial {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private KeyMaterial(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /**
     * Wraps a private key the caller has loaded.
     *
     * @param privateKey the key
     * @return the key material, without a certificate
     */
    public static KeyMaterial of(PrivateKey privateKey) {
        return new KeyMaterial(Objects.requireNonNull(privateKey, "privateKey"), null);
    }

    /**
     * Wraps a private key and its certificate that the caller has loaded.
     *
     * @param privateKey the key
     * @param certificate the certificate of its public key
     * @return the key material
     * @throws FiksAuthenticationException if the key does not belong to the certificate
     */
    public static KeyMaterial of(PrivateKey privateKey, X509Certificate certificate) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        requireMatch(privateKey, certificate);
        return new KeyMaterial(privateKey, certificate);
    }

    /**
     * Reads the key and certificate of one alias in a PKCS#12 keystore; the key's password is the keystore's.
     *
     * @param keystore the {@code .p12} file
     * @param password the keystore password
     * @param alias the alias of the key entry
     * @return the key material, with the entry's certificate
     * @throws FiksAuthenticationException if the file, password or alias is wrong
     */
    public static KeyMaterial fromPkcs12(Path keystore, Secret password, String alias) {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(alias, "alias");
        char[] chars = password.reveal().toCharArray();
        KeyStore store = loadPkcs12(keystore, chars);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new FiksAuthenticationException("The keystore " + keystore + " has no key entry with alias '"
                        + alias + "'; its aliases are " + Collections.list(store.aliases()));
            }
            Key key = store.getKey(alias, chars);
            Certificate certificate = store.getCertificate(alias);
            if (!(key instanceof PrivateKey privateKey) || !(certificate instanceof X509Certificate x509)) {
                throw new FiksAuthenticationException(
                        "The entry '" + alias + "' in " + keystore + " is not a private key with an X.509 certificate");
            }
            return of(privateKey, x509);
        } catch (UnrecoverableKeyException e) {
            throw new FiksAuthenticationException("The key '" + alias + "' in " + keystore
                    + " cannot be read with the keystore password", e);
        } catch (GeneralSecurityException e) {
            throw new FiksAuthenticationException("Could not read the key '" + alias + "' in " + keystore, e);
        }
    }

    /**
     * Reads an unencrypted PEM private key: PKCS#8 ({@code PRIVATE KEY}) or PKCS#1 ({@code RSA PRIVATE KEY}).
     *
     * @param privateKeyPem the key file
     * @return the key material, without a certificate
     * @throws FiksAuthenticationException if the file cannot be read or holds no usable key
     */
    public static KeyMaterial fromPem(Path privateKeyPem) {
        return new KeyMaterial(readPrivateKey(Objects.requireNonNull(privateKeyPem, "privateKeyPem")), null);
    }

    /**
     * Reads an unencrypted PEM private key (PKCS#8 or PKCS#1) and the first certificate of a PEM certificate file.
     *
     * @param privateKeyPem the key file
     * @param certificatePem the certificate file
     * @return the key material
     * @throws FiksAuthenticationException if a file cannot be read, holds no usable key or certificate, or the key
     *     does not belong to the certificate
     */
    public static KeyMaterial fromPem(Path privateKeyPem, Path certificatePem) {
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        Objects.requireNonNull(certificatePem, "certificatePem");
        return of(readPrivateKey(privateKeyPem), readCertificate(certificatePem));
    }

    /**
     * The private key.
     *
     * @return the key; never log or print it
     */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * The certificate of the key's public half, if it was given.
     *
     * @return the certificate, or empty when only a key was read
     */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    private static void requireMatch(PrivateKey privateKey, X509Certificate certificate) {
        boolean matches = privateKey instanceof RSAKey rsaKey && certificate.getPublicKey() instanceof RSAPublicKey rsa
                ? rsaKey.getModulus().equals(rsa.getModulus())
                : privateKey.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm());
        if (!matches) {
            throw new FiksAuthenticationException("The private key does not belong to the certificate "
                    + certificate.getSubjectX500Principal().getName());
        }
    }

    private static KeyStore loadPkcs12(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new FiksAuthenticationException("The keystore " + keystore + " does not exist", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new FiksAuthenticationException("The password of the keystore " + keystore + " is wrong", e);
            }
            throw new FiksAuthenticationException(
                    "Could not read the keystore " + keystore + ": is it a PKCS#12 file?", e);
        } catch (GeneralSecurityException e) {
            throw new FiksAuthenticationException("Could not read the keystore " + keystore, e);
        }
    }

    private static PrivateKey readPrivateKey(Path file) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object item : readPem(file, "private key")) {
            try {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            } catch (IOException e) {
                throw new FiksAuthenticationException("Could not use the private key in " + file, e);
            }
        }
        throw new FiksAuthenticationException("No unencrypted PRIVATE KEY or RSA PRIVATE KEY in " + file
                + " (decrypt an encrypted key first, or use a PKCS#12 keystore)");
    }

    private static X509Certificate readCertificate(Path file) {
        for (Object item : readPem(file, "certificate")) {
            if (item instanceof X509CertificateHolder holder) {
                try {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                } catch (GeneralSecurityException e) {
                    throw new FiksAuthenticationException("Could not use the certificate in " + file, e);
                }
            }
        }
        throw new FiksAuthenticationException("No CERTIFICATE in " + file);
    }

    private static List<Object> readPem(Path file, String what) {
        List<Object> items = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                items.add(item);
            }
            return items;
        } catch (NoSuchFileException e) {
            throw new FiksAuthenticationException("The " + what + " file " + file + " does not exist", e);
        } catch (IOException | RuntimeException e) {
            throw new FiksAuthenticationException("Could not read the " + what + " file " + file + " as PEM", e);
        }
    }

    /**
     * Describes the key material without revealing it.
     *
     * @return the key's algorithm and, if there is one, the certificate's subject
     */
    @Override
    public String toString() {
        return "KeyMaterial{algorithm=" + privateKey.getAlgorithm()
                + (certificate == null ? "" : ", certificate=" + certificate.getSubjectX500Principal().getName())
                + "}";
    }
}
