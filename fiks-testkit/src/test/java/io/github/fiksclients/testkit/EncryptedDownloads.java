package io.github.fiksclients.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/** What a receiving system does with a SvarInn download: streaming CMS decryption, then unzipping. */
final class EncryptedDownloads {

    private EncryptedDownloads() {
    }

    /** Decrypts and unzips a download, returning each entry's name and bytes in archive order. */
    static Map<String, byte[]> decryptZip(InputStream encrypted, PrivateKey key) throws IOException, CMSException {
        CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(encrypted);
        RecipientInformation recipient = parser.getRecipientInfos().getRecipients().iterator().next();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream plain = recipient.getContentStream(new JceKeyTransEnvelopedRecipient(key)).getContentStream();
             ZipInputStream zip = new ZipInputStream(plain)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
            plain.transferTo(OutputStreams.DISCARD);
        }
        return files;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
