package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyTransRecipientId;

/**
 * Decrypts a downloaded forsendelse, a CMS (PKCS#7) enveloped-data or authenticated-enveloped-data structure, as a
 * stream, with the receiving system's private key, or one of its keys.
 *
 * <p>The envelope is read as it arrives and memory use stays constant, whatever its size; each object of its header
 * is bounded (at most {@value #MAX_HEADER_OBJECT_BYTES} bytes, checked before it is read), so an envelope that claims
 * a huge header is refused at once as corrupt. Key transport with RSA PKCS#1 v1.5 (what {@code openssl cms -encrypt}
 * and SvarInn use) and RSA-OAEP are supported; content encrypted with AES-CBC (any other cipher BouncyCastle knows
 * too) in enveloped data, and with AES-GCM in authenticated enveloped data (RFC 5083, as
 * {@code openssl cms -encrypt -aes-256-gcm} writes it). Both the definite-length DER form and the streamed
 * (indefinite-length) form are read, of any size.
 *
 * <p><b>Choosing the recipient.</b> Keys given with their certificate are matched to the envelope's recipients by
 * identifier (issuer and serial number, or subject key identifier), so the recipient meant for this receiving system
 * is used whatever its place in the envelope, and with several keys (during a key rotation) the right key is used for
 * each envelope. A key without a certificate is tried on the RSA key-transport recipients that no certificate
 * matched. An envelope for none of the keys fails with {@link Reason#NO_MATCHING_KEY}, naming its recipients.
 *
 * <p>AES-CBC has no integrity protection: decryption detects a wrong key and a damaged padding, not tampered
 * content. The SHA-256 check of {@link ForsendelseExtractor} is what proves the content intact; with AES-GCM the tag
 * proves it too. Instances are immutable and can be shared between threads.
 */
public final class EnvelopeDecryptor {

    /** The most bytes one object of an envelope's header (such as its recipients) may have: 1 MiB. */
    public static final int MAX_HEADER_OBJECT_BYTES = 1024 * 1024;

    private static final int READ_BUFFER_SIZE = 64 * 1024;
    private static final int RECIPIENTS_NAMED = 5;

    private final List<RecipientKey> keys;

    /**
     * One private key, with its certificate when known.
     *
     * @param privateKey the key
     * @param certificate its certificate, or {@code null}
     * @param computedKeyIdentifier for a certificate without a subject key identifier extension, the identifier
     *     computed from its key (RFC 5280, 4.2.1.2, method 1: SHA-1 of the public key), as openssl does; else
     *     {@code null}
     */
    private record RecipientKey(PrivateKey privateKey, X509CertificateHolder certificate,
            byte[] computedKeyIdentifier) {

        static RecipientKey of(PrivateKey privateKey, X509CertificateHolder certificate) {
            if (certificate == null || certificate.getExtension(Extension.subjectKeyIdentifier) != null) {
                return new RecipientKey(privateKey, certificate, null);
            }
            try {
                return new RecipientKey(privateKey, certificate, MessageDigest.getInstance("SHA-1")
                        .digest(certificate.getSubjectPublicKeyInfo().getPublicKeyData().getBytes()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform provides SHA-1", e);
            }
        }

        /** Whether the recipient names this key's certificate, by issuer and serial or by key identifier. */
        boolean isNamedBy(KeyTransRecipientId recipient) {
            return certificate != null && (recipient.match(certificate) || computedKeyIdentifier != null
                    && Arrays.equals(computedKeyIdentifier, recipient.getSubjectKeyIdentifier()));
        }
    }

    /** One way to open the envelope: a key and a recipient, and whether the recipient names the key's certificate. */
    private record Attempt(RecipientKey key, KeyTransRecipientInfo recipient, boolean matched) {
    }

    /**
     * Creates a decryptor for envelopes made for one receiving system whose certificate is not at hand: the key is
     * tried on every RSA key-transport recipient.
     *
     * @param privateKey the receiving system's RSA private key; it is never written to messages or logs
     */
    public EnvelopeDecryptor(PrivateKey privateKey) {
        this.keys = List.of(RecipientKey.of(Objects.requireNonNull(privateKey, "privateKey"), null));
    }

    /**
     * Creates a decryptor for envelopes made for any of the given keys: during a key rotation, the new and the old
     * key of the receiving system. Keys with a certificate ({@link KeyMaterial#fromPem(java.nio.file.Path,
     * java.nio.file.Path)}, {@link KeyMaterial#fromPkcs12}) are matched to the envelope's recipients by identifier;
     * keys without one are tried.
     *
     * @param keys the receiving system's RSA private keys, at least one; never written to messages or logs
     * @throws IllegalArgumentException if {@code keys} is empty or a certificate cannot be encoded
     */
    public EnvelopeDecryptor(List<KeyMaterial> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one private key is needed");
        }
        List<RecipientKey> recipientKeys = new ArrayList<>(keys.size());
        for (KeyMaterial key : keys) {
            Objects.requireNonNull(key, "a key is null");
            recipientKeys.add(RecipientKey.of(key.privateKey(), key.certificate().map(EnvelopeDecryptor::holder)
                    .orElse(null)));
        }
        this.keys = List.copyOf(recipientKeys);
    }

    /**
     * Reads the envelope's header, unwraps the content key, and returns the decrypted content as a stream.
     *
     * <p>Only the header is read here; the content is decrypted as the returned stream is read. Read it to
     * its end: the padding of the last block, or the authentication tag, is checked only there. Reading the returned
     * stream throws no {@code IOException}: it throws {@link ForsendelseDownloadException} when {@code cmsEnvelope}
     * fails, and {@link ForsendelseDecryptionException} when the envelope is damaged or cut short. The caller keeps
     * {@code cmsEnvelope} and closes it.
     *
     * @param forsendelseId the forsendelse, for messages
     * @param cmsEnvelope the downloaded bytes, read as they arrive
     * @return the decrypted content: for a forsendelse, a ZIP archive
     * @throws ForsendelseDecryptionException if the header is not usable CMS (authenticated) enveloped data, or no
     *     recipient in it can be decrypted with these keys; {@link ForsendelseDecryptionException#reason()} says which
     * @throws ForsendelseDownloadException if reading {@code cmsEnvelope} fails
     */
    public InputStream decrypt(String forsendelseId, InputStream cmsEnvelope) {
        Objects.requireNonNull(forsendelseId, "forsendelseId");
        Objects.requireNonNull(cmsEnvelope, "cmsEnvelope");
        DownloadStream download = new DownloadStream(cmsEnvelope);
        InputStream source = new BufferedInputStream(download, READ_BUFFER_SIZE);
        try {
            return new TypedFailureInputStream(openContent(forsendelseId, EnvelopeReader.read(source)), forsendelseId,
                    (id, failure) -> ReadFailures.ofDecryption(id, failure, download));
        } catch (ForsendelseReceiveException e) {
            throw e;
        } catch (CMSException | IOException | RuntimeException e) {
            throw ReadFailures.ofDecryption(forsendelseId, e, download);
        }
    }

    private InputStream openContent(String forsendelseId, EnvelopeReader.Envelope envelope)
            throws CMSException, UnusableEnvelopeException {
        List<KeyTransRecipientInfo> keyTransport = new ArrayList<>();
        int otherKinds = 0;
        for (ASN1Encodable each : envelope.recipientInfos()) {
            if (RecipientInfo.getInstance(each).getInfo() instanceof KeyTransRecipientInfo recipient) {
                keyTransport.add(recipient);
            } else {
                otherKinds++;
            }
        }
        List<Attempt> attempts = attempts(keyTransport);
        if (attempts.isEmpty()) {
            throw new ForsendelseDecryptionException(forsendelseId, Reason.NO_MATCHING_KEY,
                    "the envelope is for none of the receiving system's certificates; it is for "
                            + describe(keyTransport, otherKinds), null);
        }
        CMSException lastFailure = null;
        boolean matchedRecipientFailed = false;
        for (Attempt attempt : attempts) {
            try {
                return new StreamingRecipient(attempt.key().privateKey()).open(attempt.recipient(), envelope);
            } catch (CMSException e) {
                lastFailure = e;
                matchedRecipientFailed |= attempt.matched();
            }
        }
        if (DownloadStream.findIn(lastFailure) != null) {
            throw lastFailure;
        }
        if (matchedRecipientFailed) {
            throw new ForsendelseDecryptionException(forsendelseId, Reason.CORRUPT_ENVELOPE,
                    "corrupt envelope: the content key of the recipient for the receiving system's certificate "
                            + "cannot be unwrapped", lastFailure);
        }
        throw new ForsendelseDecryptionException(forsendelseId, Reason.NO_MATCHING_KEY,
                "the envelope cannot be decrypted with the receiving system's private key"
                        + (keys.size() == 1 ? "" : "s") + " (" + keyTransport.size()
                        + " RSA key transport recipient(s) tried)", lastFailure);
    }

    /**
     * The recipients to try, in order: those naming one of our certificates, by the order of the keys; then, for
     * each key without a certificate, every RSA key-transport recipient no certificate matched.
     */
    private List<Attempt> attempts(List<KeyTransRecipientInfo> keyTransport) {
        List<Attempt> attempts = new ArrayList<>();
        Set<KeyTransRecipientInfo> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RecipientKey key : keys) {
            if (key.certificate() == null) {
                continue;
            }
            for (KeyTransRecipientInfo recipient : keyTransport) {
                if (key.isNamedBy(recipientId(recipient))) {
                    attempts.add(new Attempt(key, recipient, true));
                    matched.add(recipient);
                }
            }
        }
        for (RecipientKey key : keys) {
            if (key.certificate() == null) {
                keyTransport.stream().filter(recipient -> !matched.contains(recipient))
                        .forEach(recipient -> attempts.add(new Attempt(key, recipient, false)));
            }
        }
        return attempts;
    }

    private static KeyTransRecipientId recipientId(KeyTransRecipientInfo recipient) {
        ASN1Encodable id = recipient.getRecipientIdentifier().getId();
        if (id instanceof ASN1OctetString subjectKeyIdentifier) {
            return new KeyTransRecipientId(subjectKeyIdentifier.getOctets());
        }
        IssuerAndSerialNumber issuerAndSerial = IssuerAndSerialNumber.getInstance(id);
        return new KeyTransRecipientId(issuerAndSerial.getName(), issuerAndSerial.getSerialNumber().getValue());
    }

    /** Names the recipients of an envelope, for a message: they are public certificate identifiers. */
    private static String describe(List<KeyTransRecipientInfo> keyTransport, int otherKinds) {
        List<String> names = new ArrayList<>();
        for (KeyTransRecipientInfo recipient : keyTransport.subList(0, Math.min(RECIPIENTS_NAMED,
                keyTransport.size()))) {
            KeyTransRecipientId id = recipientId(recipient);
            names.add(id.getSubjectKeyIdentifier() != null
                    ? "subject key id " + HexFormat.of().formatHex(id.getSubjectKeyIdentifier())
                    : "issuer " + id.getIssuer() + " serial " + id.getSerialNumber().toString(16));
        }
        if (keyTransport.size() > RECIPIENTS_NAMED) {
            names.add((keyTransport.size() - RECIPIENTS_NAMED) + " more RSA key transport recipient(s)");
        }
        if (otherKinds > 0) {
            names.add(otherKinds + " recipient(s) of another kind (key agreement, KEK, password), not supported");
        }
        return names.isEmpty() ? "no recipient" : String.join("; ", names);
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded: " + e.getMessage(), e);
        }
    }
}
