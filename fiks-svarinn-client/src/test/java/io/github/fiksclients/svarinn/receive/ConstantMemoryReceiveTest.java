package io.github.fiksclients.svarinn.receive;

import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @TempDir
    Path target;

    @Test
    void receivesAForsendelseLargerThanTheHeapInConstantMemory() throws Exception {
        LargeForsendelse.assertHeapIsFarSmaller();
        TestRecipient recipient = TestRecipient.generate();
        List<ExpectedFile> metadata = LargeForsendelse.metadata();
        PipedInputStream download = new PipedInputStream(64 * 1024);
        PipedOutputStream upload = new PipedOutputStream(download);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        Future<?> sending = sender.submit(() -> {
            try (upload) {
                LargeForsendelse.send(upload, recipient.certificate());
            }
            return null;
        });

        ReceivedForsendelse received;
        try (download) {
            InputStream zip = new EnvelopeDecryptor(recipient.privateKey()).decrypt(ID, download);
            received = new ForsendelseExtractor(target).extract(ID, zip, metadata);
        } finally {
            sender.shutdown();
        }

        sending.get(1, TimeUnit.MINUTES);
        LargeForsendelse.assertOnDisk(received);
    }
}
