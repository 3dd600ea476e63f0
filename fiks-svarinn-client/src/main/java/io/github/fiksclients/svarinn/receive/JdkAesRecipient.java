package io.github.fiksclients.svarinn.receive;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.operator.InputDecryptor;

/**
 * An RSA key-transport recipient that decrypts AES-CBC content with the JDK's own AES, in 64 KiB chunks.
 *
 * <p>BouncyCastle unwraps the content key as usual; the content itself then goes through the JDK's AES
 * (hardware accelerated) in a {@link ChunkedCipherInputStream}, which reuses its buffers, instead of
 * BouncyCastle's stream, which allocates a new array for every block it decrypts. Other content ciphers fall back to BouncyCastle unchanged.
 */
final class JdkAesRecipient extends JceKeyTransEnvelopedRecipient {

    private static final Set<ASN1ObjectIdentifier> AES_CBC = Set.of(
            NISTObjectIdentifiers.id_aes128_CBC, NISTObjectIdentifiers.id_aes192_CBC, NISTObjectIdentifiers.id_aes256_CBC);

    JdkAesRecipient(PrivateKey privateKey) {
        super(privateKey);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, byte[] encryptedContentEncryptionKey) throws CMSException {
        if (!AES_CBC.contains(contentEncryptionAlgorithm.getAlgorithm())) {
            return super.getRecipientOperator(keyEncryptionAlgorithm, contentEncryptionAlgorithm,
                    encryptedContentEncryptionKey);
        }
        Key contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm,
                encryptedContentEncryptionKey);
        Cipher cipher = aesCbc(contentKey, contentEncryptionAlgorithm);
        return new RecipientOperator(new InputDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return contentEncryptionAlgorithm;
            }

            @Override
            public InputStream getInputStream(InputStream encrypted) {
                return new ChunkedCipherInputStream(encrypted, cipher);
            }
        });
    }

    private static Cipher aesCbc(Key contentKey, AlgorithmIdentifier contentEncryptionAlgorithm) throws CMSException {
        try {
            byte[] iv = ASN1OctetString.getInstance(contentEncryptionAlgorithm.getParameters()).getOctets();
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey.getEncoded(), "AES"), new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CMSException("cannot set up AES-CBC decryption of the content", e);
        }
    }
}
