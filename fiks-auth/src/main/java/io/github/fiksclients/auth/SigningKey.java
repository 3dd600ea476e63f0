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
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The private key and certificate that sign Maskinporten grants (usually a virksomhetssertifikat), checked to
 * belong together and to be strong enough.
 *
 * @param privateKey the RSA private key
 * @param certificate its certificate, sent in the grant's {@code x5c} header
 */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final int MIN_RSA_BITS = 2048;

    SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        if (!(privateKey instanceof RSAKey rsaKey) || !(certificate.getPublicKey() instanceof RSAPublicKey publicKey)) {
            throw new FiksAuthenticationException("Maskinporten grants need an RSA key and an RSA certificate");
        }
        if (rsaKey.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new FiksAuthenticationException("The RSA key has " + rsaKey.getModulus().bitLength()
                    + " bits; Maskinporten needs at least " + MIN_RSA_BITS);
        }
        if (!rsaKey.getModulus().equals(publicKey.getModulus())) {
            throw new FiksAuthenticationException("The private key does not belong to the certificate "
                    + certificate.getSubjectX500Principal().getName());
        }
    }

    /**
     * Reads the key and certificate of one alias in a PKCS#12 keystore; the key's password is the keystore's.
     *
     * @param keystore the {@code .p12} file
     * @param password the keystore password
     * @param alias the alias of the key entry
     * @return the signing key
     * @throws FiksAuthenticationException if the file, password or alias is wrong
     */
    static SigningKey fromPkcs12(Path keystore, Secret password, String alias) {
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
            return new SigningKey(privateKey, x509);
        } catch (UnrecoverableKeyException e) {
            throw new FiksAuthenticationException("The key '" + alias + "' in " + keystore
                    + " cannot be read with the keystore password", e);
        } catch (GeneralSecurityException e) {
            throw new FiksAuthenticationException("Could not read the key '" + alias + "' in " + keystore, e);
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

    /**
     * Reads an unencrypted PEM private key (PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}) and the
     * first certificate of a PEM certificate file.
     *
     * @param privateKeyPem the key file
     * @param certificatePem the certificate file
     * @return the signing key
     * @throws FiksAuthenticationException if a file cannot be read or holds no usable key or certificate
     */
    static SigningKey fromPem(Path privateKeyPem, Path certificatePem) {
        return new SigningKey(readPrivateKey(privateKeyPem), readCertificate(certificatePem));
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

    @Override
    public String toString() {
        return "SigningKey{certificate=" + certificate.getSubjectX500Principal().getName() + "}";
    }
}
