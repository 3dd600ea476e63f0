package io.github.fiksclients.testkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;

/**
 * Writes files as a ZIP archive inside a CMS enveloped-data structure (AES-256-CBC, RSA key transport),
 * streaming: ZIP to CMS to the output, in constant memory whatever the size of the files.
 */
final class EncryptedZip {

    private static final int BUFFER_SIZE = 64 * 1024;

    private EncryptedZip() {
    }

    static void write(List<SimulatedFile> files, X509Certificate recipient, OutputStream out) throws IOException {
        CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
        OutputStream buffered = new BufferedOutputStream(out, BUFFER_SIZE);
        OutputStream encrypted;
        try {
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
            encrypted = generator.open(buffered,
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
        } catch (CertificateEncodingException | CMSException e) {
            throw new IOException("Cannot encrypt to the mottakersystem's certificate: " + e.getMessage(), e);
        }
        try (ZipOutputStream zip = new ZipOutputStream(encrypted)) {
            for (SimulatedFile file : files) {
                zip.putNextEntry(new ZipEntry(file.filnavn()));
                try (InputStream content = file.open()) {
                    content.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        buffered.flush();
    }
}
