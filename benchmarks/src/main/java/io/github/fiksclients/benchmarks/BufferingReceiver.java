package io.github.fiksclients.benchmarks;

import io.github.fiksclients.svarinn.receive.ExpectedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/**
 * The baseline receiver: what a hand-written SvarInn integration typically does, holding the whole forsendelse in
 * memory. It reads the envelope into a byte array, decrypts it into another, and unzips that, writing each file and
 * checking its SHA-256.
 *
 * <p>It is given the benefit of the doubt where it could be worse: each entry is copied to its file as a stream
 * (not read into a third array), and the hashes are checked.
 */
final class BufferingReceiver {

    private BufferingReceiver() {
    }

    /**
     * Receives one forsendelse into a directory.
     *
     * @param envelope the encrypted forsendelse
     * @param privateKey the receiving system's key
     * @param expectedFiles the metadata's files
     * @param directory where the files are written
     * @return how many files were written
     * @throws IOException if a file cannot be read or written, or a hash does not match
     * @throws CMSException if the envelope cannot be decrypted
     */
    static int receive(Path envelope, PrivateKey privateKey, List<ExpectedFile> expectedFiles, Path directory)
            throws IOException, CMSException {
        byte[] encrypted = Files.readAllBytes(envelope);
        CMSEnvelopedData enveloped = new CMSEnvelopedData(encrypted);
        RecipientInformation recipient = enveloped.getRecipientInfos().getRecipients().iterator().next();
        byte[] zip = recipient.getContent(new JceKeyTransEnvelopedRecipient(privateKey));

        Map<String, String> expectedHashes = new HashMap<>();
        expectedFiles.forEach(file -> expectedHashes.put(file.filnavn(), file.sha256()));
        int files = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = directory.resolve(entry.getName()).normalize();
                if (!file.startsWith(directory)) {
                    throw new IOException("entry outside the directory: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                MessageDigest sha256 = sha256();
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                    entries.transferTo(out);
                }
                String hash = HexFormat.of().formatHex(sha256.digest());
                if (!hash.equals(expectedHashes.get(entry.getName()))) {
                    throw new IOException("SHA-256 of " + entry.getName() + " does not match the metadata");
                }
                files++;
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
