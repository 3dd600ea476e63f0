package io.github.fiksclients.svarinn.receive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/** Encrypts content to a certificate the way a sender does, with BouncyCastle's streaming CMS generator. */
public final class Envelopes {

    /** The RSA key transport padding of an envelope. */
    public enum KeyTransport { PKCS1_V1_5, OAEP }

    private Envelopes() {
    }

    /** Returns an AES-256-CBC envelope of {@code content} for the certificate's owner. */
    public static byte[] encrypt(byte[] content, X509Certificate recipient, KeyTransport keyTransport) {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream plaintext = open(envelope, recipient, keyTransport)) {
            plaintext.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return envelope.toByteArray();
    }

    /** Starts an AES-256-CBC envelope into {@code envelope}; what is written to the result is encrypted. */
    public static OutputStream open(OutputStream envelope, X509Certificate recipient, KeyTransport keyTransport) {
        try {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(keyTransport == KeyTransport.OAEP
                    ? new JceKeyTransRecipientInfoGenerator(recipient, new JcaAlgorithmParametersConverter()
                            .getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new OAEPParameterSpec(
                                    "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT)))
                    : new JceKeyTransRecipientInfoGenerator(recipient));
            return generator.open(envelope, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
        } catch (GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
