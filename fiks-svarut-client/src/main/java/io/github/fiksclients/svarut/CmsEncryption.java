package io.github.fiksclients.svarut;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;

/**
 * Encrypts a document as it streams, to SvarUt's certificate: CMS enveloped data (PKCS#7), the content key wrapped
 * with the certificate's RSA key (PKCS#1 v1.5 key transport, as {@code openssl cms -encrypt} does by default) and the
 * content encrypted with AES-256-CBC. BouncyCastle's stream generator writes it in constant memory; AES runs in the
 * JDK's own provider (AES-NI), which is about twice as fast here as BouncyCastle's.
 */
final class CmsEncryption {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final X509Certificate certificate;

    CmsEncryption(X509Certificate certificate) {
        this.certificate = certificate;
    }

    /**
     * Starts an envelope on {@code target}: what is written to the returned stream is encrypted into it, and closing
     * the returned stream ends the envelope but leaves {@code target} open.
     *
     * @param target where the envelope goes
     * @return the stream to write the plain content to
     * @throws IOException if the envelope cannot be started (a certificate without a usable RSA key)
     */
    OutputStream open(OutputStream target) throws IOException {
        CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
        generator.setBufferSize(BUFFER_SIZE);
        try {
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(certificate));
            return generator.open(new KeepOpen(target),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
        } catch (CertificateEncodingException | CMSException e) {
            throw new IOException("Cannot encrypt to SvarUt's certificate: " + e.getMessage(), e);
        }
    }

    /** Passes writes on in bulk and ignores close, so the envelope never closes the HTTP body it is written to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
