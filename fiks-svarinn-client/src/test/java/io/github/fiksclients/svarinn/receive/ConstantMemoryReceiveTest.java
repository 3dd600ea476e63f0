package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forsendelse larger than the heap passes through decryption, extraction and verification.
 *
 * <p>The module's pom runs the tests tagged {@code bounded-heap} in their own JVM with {@code -Xmx32m}: a
 * pipeline that held the content, or a large part of it, in memory would fail with OutOfMemoryError. The
 * content is made, zipped and encrypted on the fly by a sender thread, so the test holds none of it either.
 */
@Tag("bounded-heap")
class ConstantMemoryReceiveTest {

    private static final String ID = "stor-forsendelse";
    private static final long MIB = 1024 * 1024;
    private static final Map<String, Long> SIZES = new LinkedHashMap<>(Map.of(
            "skannet-arkiv.tif", 48 * MIB,
            "vedlegg/tegninger.pdf", 16 * MIB,
            "brev.txt", 1234L));
    private static final long TOTAL = SIZES.values().stream().mapToLong(Long::longValue).sum();

    @TempDir
    Path target;

    @Test
    void receivesAForsendelseLargerThanTheHeapInConstantMemory() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("heap of the JVM running this test").isLessThan(TOTAL / 2);
        TestRecipient recipient = TestRecipient.generate();
        List<ExpectedFile> metadata = new ArrayList<>();
        SIZES.forEach((name, size) ->
                metadata.add(ExpectedFile.of(name, GeneratedContent.sha256(content(name)), size)));
        PipedInputStream download = new PipedInputStream(64 * 1024);
        PipedOutputStream upload = new PipedOutputStream(download);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        Future<?> sending = sender.submit(() -> send(upload, recipient));

        ReceivedForsendelse received;
        try (download) {
            InputStream zip = new EnvelopeDecryptor(recipient.privateKey()).decrypt(ID, download);
            received = new ForsendelseExtractor(target).extract(ID, zip, metadata);
        } finally {
            sender.shutdown();
        }

        sending.get(1, TimeUnit.MINUTES);
        assertThat(received.files()).extracting(VerifiedFile::filnavn).containsExactlyElementsOf(SIZES.keySet());
        for (VerifiedFile file : received.files()) {
            assertThat(file.path()).hasSize(SIZES.get(file.filnavn()));
            try (InputStream onDisk = Files.newInputStream(file.path())) {
                assertThat(GeneratedContent.sha256(onDisk)).isEqualTo(GeneratedContent.sha256(content(file.filnavn())));
            }
        }
    }

    private static Void send(PipedOutputStream upload, TestRecipient recipient) throws Exception {
        try (upload;
                OutputStream envelope = Envelopes.open(upload, recipient.certificate(), KeyTransport.PKCS1_V1_5);
                ZipOutputStream zip = new ZipOutputStream(envelope)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (String name : SIZES.keySet()) {
                zip.putNextEntry(new ZipEntry(name));
                content(name).transferTo(zip);
                zip.closeEntry();
            }
        }
        return null;
    }

    private static InputStream content(String name) {
        return new GeneratedContent(name.hashCode(), SIZES.get(name));
    }
}
