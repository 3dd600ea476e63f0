package io.github.fiksclients.svarinn.receive;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * An RSA key-transport recipient that unwraps the content key with BouncyCastle and decrypts the content in 64 KiB
 * chunks ({@link ChunkedCipherInputStream}).
 *
 * <p>AES-CBC goes through the JDK's own AES (hardware accelerated), instead of BouncyCastle's stream, which
 * allocates a new array for every block it decrypts. AES-GCM, the cipher of authenticated enveloped data, goes
 * through BouncyCastle's GCM, which hands out plaintext as it decrypts (the JDK's GCM holds the whole content in
 * memory until the tag is checked); the tag is checked at the end of the content, and until then nothing decrypted
 * is used but staged. Other content ciphers of enveloped data fall back to BouncyCastle unchanged; authenticated
 * enveloped data with another cipher is refused.
 */
final class StreamingRecipient extends JceKeyTransEnvelopedRecipient {

    private static final Set<ASN1ObjectIdentifier> AES_CBC = Set.of(NISTObjectIdentifiers.id_aes128_CBC,
            NISTObjectIdentifiers.id_aes192_CBC, NISTObjectIdentifiers.id_aes256_CBC);
    private static final Set<ASN1ObjectIdentifier> AES_GCM = Set.of(NISTObjectIdentifiers.id_aes128_GCM,
            NISTObjectIdentifiers.id_aes192_GCM, NISTObjectIdentifiers.id_aes256_GCM);
    private static final int GCM_DEFAULT_TAG_BYTES = 12;

    StreamingRecipient(PrivateKey privateKey) {
        super(privateKey);
    }

    /**
     * Unwraps the content key of one recipient and returns the decrypted content, read as it is decrypted.
     *
     * @param recipient a recipient of the envelope, for this recipient's key
     * @param envelope the envelope, positioned at its encrypted content
     * @return the decrypted content
     * @throws CMSException if the content key cannot be unwrapped or the cipher set up
     * @throws UnusableEnvelopeException if the envelope's content cipher is not supported
     */
    InputStream open(KeyTransRecipientInfo recipient, EnvelopeReader.Envelope envelope)
            throws CMSException, UnusableEnvelopeException {
        AlgorithmIdentifier keyEncryption = recipient.getKeyEncryptionAlgorithm();
        AlgorithmIdentifier contentEncryption = envelope.contentEncryption();
        ASN1ObjectIdentifier cipher = contentEncryption.getAlgorithm();
        byte[] encryptedKey = recipient.getEncryptedKey().getOctets();
        if (envelope.authenticated()) {
            if (!AES_GCM.contains(cipher)) {
                throw UnusableEnvelopeException.unsupported("the authenticated content cipher " + cipher.getId()
                        + " is not supported; AES-GCM is");
            }
            Key contentKey = extractSecretKey(keyEncryption, contentEncryption, encryptedKey);
            return new ChunkedCipherInputStream(envelope.encryptedContent(),
                    ContentCipher.of(aesGcm(contentKey, contentEncryption), envelope.trailer()));
        }
        if (AES_CBC.contains(cipher)) {
            Key contentKey = extractSecretKey(keyEncryption, contentEncryption, encryptedKey);
            return new ChunkedCipherInputStream(envelope.encryptedContent(),
                    ContentCipher.of(aesCbc(contentKey, contentEncryption)));
        }
        return getRecipientOperator(keyEncryption, contentEncryption, encryptedKey)
                .getInputStream(envelope.encryptedContent());
    }

    private static Cipher aesCbc(Key contentKey, AlgorithmIdentifier contentEncryption) throws CMSException {
        try {
            byte[] iv = ASN1OctetString.getInstance(contentEncryption.getParameters()).getOctets();
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey.getEncoded(), "AES"),
                    new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CMSException("cannot set up AES-CBC decryption of the content", e);
        }
    }

    /** AES-GCM with the nonce and tag length of the envelope's {@code GCMParameters} (RFC 5084). */
    private static GCMModeCipher aesGcm(Key contentKey, AlgorithmIdentifier contentEncryption) throws CMSException {
        try {
            ASN1Sequence parameters = ASN1Sequence.getInstance(contentEncryption.getParameters());
            byte[] nonce = ASN1OctetString.getInstance(parameters.getObjectAt(0)).getOctets();
            int tagBytes = parameters.size() > 1
                    ? ASN1Integer.getInstance(parameters.getObjectAt(1)).intValueExact() : GCM_DEFAULT_TAG_BYTES;
            GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
            cipher.init(false, new AEADParameters(new KeyParameter(contentKey.getEncoded()), tagBytes * 8, nonce));
            return cipher;
        } catch (RuntimeException e) {
            throw new CMSException("cannot set up AES-GCM decryption of the content: " + e.getMessage(), e);
        }
    }
}
