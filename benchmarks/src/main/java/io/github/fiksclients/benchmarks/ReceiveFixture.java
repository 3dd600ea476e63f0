package io.github.fiksclients.benchmarks;

import io.github.fiksclients.svarinn.receive.ExpectedFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * A forsendelse on disk as SvarInn delivers it: four files of pseudo-random bytes, zipped (deflated entries) and
 * encrypted (CMS in BouncyCastle's streamed, indefinite-length form; AES-256-CBC; RSA key transport) to a receiving
 * system's 2048-bit key made for the run, with the metadata a receiver checks (names, sizes, SHA-256).
 *
 * <p>The directory holds {@code forsendelse.cms} and the key and certificate as PEM (for the openssl toolchain and the
 * receiving JVM); closing the fixture deletes it.
 */
final class ReceiveFixture implements AutoCloseable {

    private static final List<String> FILE_NAMES = List.of("vedtak.pdf", "vedlegg/tegninger.pdf",
            "vedlegg/situasjonsplan.pdf", "skannet-arkiv.tif");
    private static final String ENVELOPE = "forsendelse.cms";
    private static final String PRIVATE_KEY = "privatekey.pem";
    private static final String CERTIFICATE = "certificate.pem";

    private final Path directory;
    private final List<ExpectedFile> expectedFiles;

    private ReceiveFixture(Path directory, List<ExpectedFile> expectedFiles) {
        this.directory = directory;
        this.expectedFiles = List.copyOf(expectedFiles);
    }

    /**
     * Makes a receiving system's key and a forsendelse of {@code totalBytes} in a new directory.
     *
     * @param workDirectory where the fixture's directory is made
     * @param totalBytes the size of the content, spread over four files
     * @return the fixture; close it to delete its files
     * @throws IOException if the files cannot be written
     */
    static ReceiveFixture create(Path workDirectory, long totalBytes) throws IOException {
        Path directory = Files.createTempDirectory(workDirectory, "fiks-benchmark-");
        try {
            KeyPair keyPair = SelfSignedKeys.rsaKeyPair();
            X509Certificate certificate = SelfSignedKeys.certificate(keyPair, "Benchmark arkivsystem");
            writePem(directory.resolve(PRIVATE_KEY), new JcaPKCS8Generator(keyPair.getPrivate(), null));
            writePem(directory.resolve(CERTIFICATE), certificate);
            List<ExpectedFile> expected = writeEnvelope(directory.resolve(ENVELOPE), certificate, totalBytes);
            return new ReceiveFixture(directory, expected);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(directory);
            throw e;
        }
    }

    /**
     * The fixture's directory.
     *
     * @return the directory
     */
    Path directory() {
        return directory;
    }

    /**
     * The encrypted forsendelse, as downloaded from SvarInn.
     *
     * @return the envelope file
     */
    Path envelope() {
        return directory.resolve(ENVELOPE);
    }

    /**
     * The receiving system's private key as PKCS#8 PEM.
     *
     * @return the key file
     */
    Path privateKeyPem() {
        return directory.resolve(PRIVATE_KEY);
    }

    /**
     * The receiving system's certificate as PEM.
     *
     * @return the certificate file
     */
    Path certificatePem() {
        return directory.resolve(CERTIFICATE);
    }

    /**
     * The files the forsendelse's metadata lists, with their sizes and SHA-256.
     *
     * @return the expected files, in the order they are in the archive
     */
    List<ExpectedFile> expectedFiles() {
        return expectedFiles;
    }

    /**
     * Makes a new, empty directory for one receive to write into.
     *
     * @return the directory
     * @throws IOException if it cannot be made
     */
    Path newOutputDirectory() throws IOException {
        return Files.createTempDirectory(directory, "received-");
    }

    /** Deletes the fixture's directory with everything in it. */
    @Override
    public void close() {
        FileTrees.delete(directory);
    }

    private static void writePem(Path file, Object item) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(item);
        }
    }

    private static List<ExpectedFile> writeEnvelope(Path file, X509Certificate recipient, long totalBytes)
            throws IOException {
        List<ExpectedFile> expected = new ArrayList<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                ZipOutputStream zip = new ZipOutputStream(encrypting(out, recipient))) {
            // Random bytes do not compress: deflate would emit the same stored blocks, only slower to make.
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (int i = 0; i < FILE_NAMES.size(); i++) {
                long size = totalBytes / FILE_NAMES.size() + (i < totalBytes % FILE_NAMES.size() ? 1 : 0);
                MessageDigest sha256 = sha256();
                zip.putNextEntry(new ZipEntry(FILE_NAMES.get(i)));
                try (InputStream content = new DigestInputStream(new PseudoRandomBytes(i, size), sha256)) {
                    content.transferTo(zip);
                }
                zip.closeEntry();
                expected.add(ExpectedFile.of(FILE_NAMES.get(i), HexFormat.of().formatHex(sha256.digest()), size));
            }
        }
        return expected;
    }

    private static OutputStream encrypting(OutputStream envelope, X509Certificate recipient) throws IOException {
        try {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient));
            return generator.open(envelope, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
        } catch (GeneralSecurityException | CMSException e) {
            throw new IllegalStateException("cannot start the CMS envelope", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
