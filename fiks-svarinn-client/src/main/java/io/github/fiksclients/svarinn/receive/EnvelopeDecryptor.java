package io.github.fiksclients.svarinn.receive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.cms.CMSException;

/**
 * Decrypts a downloaded forsendelse, a CMS (PKCS#7) enveloped-data structure, as a stream, with the receiving
 * system's private key.
 *
 * <p>The envelope is read as it arrives and memory use stays constant, whatever its size. Key transport with
 * RSA PKCS#1 v1.5 (what {@code openssl cms -encrypt} and SvarInn use) and RSA-OAEP are supported, with any
 * content cipher the JDK provides (AES-256-CBC in practice). Both the definite-length DER form, as
 * {@code openssl cms} writes it, and the streamed (indefinite-length) form are read, of any size.
 *
 * <p>AES-CBC has no integrity protection: decryption detects a wrong key and a damaged padding, not
 * tampered content. The SHA-256 check of {@link ForsendelseExtractor} is what proves the content intact.
 * Instances are immutable and can be shared between threads.
 */
public final class EnvelopeDecryptor {

    private static final int READ_BUFFER_SIZE = 64 * 1024;

    private final PrivateKey privateKey;

    /**
     * Creates a decryptor for envelopes made for one receiving system.
     *
     * @param privateKey the receiving system's RSA private key; it is never written to messages or logs
     */
    public EnvelopeDecryptor(PrivateKey privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    }

    /**
     * Reads the envelope's header, unwraps the content key, and returns the decrypted content as a stream.
     *
     * <p>Only the header is read here; the content is decrypted as the returned stream is read. Read it to
     * its end: the padding of the last block is checked only there. Reading the returned stream throws no
     * {@code IOException}: it throws {@link ForsendelseDownloadException} when {@code cmsEnvelope} fails, and
     * {@link ForsendelseDecryptionException} when the envelope is damaged or cut short. The caller keeps
     * {@code cmsEnvelope} and closes it.
     *
     * @param forsendelseId the forsendelse, for messages
     * @param cmsEnvelope the downloaded bytes, read as they arrive
     * @return the decrypted content: for a forsendelse, a ZIP archive
     * @throws ForsendelseDecryptionException if the header is not CMS enveloped data or no RSA key transport
     *     recipient in it can be decrypted with this key
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

    private InputStream openContent(String forsendelseId, EnvelopeReader.Envelope envelope) throws CMSException {
        int tried = 0;
        CMSException lastFailure = null;
        for (ASN1Encodable each : envelope.recipientInfos()) {
            if (RecipientInfo.getInstance(each).getInfo() instanceof KeyTransRecipientInfo recipient) {
                tried++;
                try {
                    return new JdkAesRecipient(privateKey)
                            .getRecipientOperator(recipient.getKeyEncryptionAlgorithm(), envelope.contentEncryption(),
                                    recipient.getEncryptedKey().getOctets())
                            .getInputStream(envelope.encryptedContent());
                } catch (CMSException e) {
                    lastFailure = e;
                }
            }
        }
        if (lastFailure != null && DownloadStream.findIn(lastFailure) != null) {
            throw lastFailure;
        }
        throw new ForsendelseDecryptionException(forsendelseId, tried == 0
                ? "the envelope has no RSA key transport recipient"
                : "the envelope cannot be decrypted with this private key (" + tried
                        + " RSA key transport recipient(s) tried)", lastFailure);
    }
}
