package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.GeneratedContent;
import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A forsendelse of over 64 MiB of pseudo-random files, made, zipped and encrypted as it is written, for the tests
 * that prove constant memory: neither the sender nor the test holds it.
 */
public final class LargeForsendelse {

    private static final long MIB = 1024 * 1024;
    private static final Map<String, Long> SIZES = new LinkedHashMap<>(Map.of(
            "skannet-arkiv.tif", 48 * MIB,
            "vedlegg/tegninger.pdf", 16 * MIB,
            "brev.txt", 1234L));

    private static final long TOTAL = SIZES.values().stream().mapToLong(Long::longValue).sum();

    private LargeForsendelse() {
    }

    /** Checks that the JVM running the test has less than half the forsendelse's size as heap. */
    public static void assertHeapIsFarSmaller() {
        assertThat(Runtime.getRuntime().maxMemory()).as("heap of the JVM running this test").isLessThan(TOTAL / 2);
    }

    /** The metadata of the files, their SHA-256 computed as a stream. */
    public static List<ExpectedFile> metadata() {
        List<ExpectedFile> metadata = new ArrayList<>();
        SIZES.forEach((name, size) ->
                metadata.add(ExpectedFile.of(name, GeneratedContent.sha256(content(name)), size)));
        return metadata;
    }

    /** Writes the encrypted ZIP archive of the files to {@code out}, without closing {@code out}. */
    public static void send(OutputStream out, X509Certificate recipient) throws IOException {
        try (OutputStream envelope = Envelopes.open(new NonClosing(out), recipient, KeyTransport.PKCS1_V1_5);
                ZipOutputStream zip = new ZipOutputStream(envelope)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (String name : SIZES.keySet()) {
                zip.putNextEntry(new ZipEntry(name));
                content(name).transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    /** Checks that every file landed on disk with its size and content. */
    public static void assertOnDisk(ReceivedForsendelse received) throws IOException {
        assertThat(received.files()).extracting(VerifiedFile::filnavn).containsExactlyElementsOf(SIZES.keySet());
        for (VerifiedFile file : received.files()) {
            assertThat(file.path()).hasSize(SIZES.get(file.filnavn()));
            try (InputStream onDisk = Files.newInputStream(file.path())) {
                assertThat(GeneratedContent.sha256(onDisk)).isEqualTo(GeneratedContent.sha256(content(file.filnavn())));
            }
        }
    }

    private static InputStream content(String name) {
        return new GeneratedContent(name.hashCode(), SIZES.get(name));
    }

    /** Passes writes through; closing it only flushes, so the caller keeps the stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
