package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.Envelopes;
import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import io.github.fiksclients.auth.GeneratedContent;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SvarInnClient#download} works on the body while a slow server is still sending it, for both API versions.
 *
 * <p>The server sends the first part of the forsendelse, then waits until the client has started writing it to disk
 * (its hidden staging directory appears) before sending the rest. A client that waited for the whole body before
 * reading it would make the server wait in vain, and the test fails on what the server saw; a streaming client
 * passes at once.
 */
class StreamingDownloadTest {

    private static final long SIZE = 2 * 1024 * 1024;
    private static final long FIRST_PART = 256 * 1024;

    @RegisterExtension
    final FakeSvarInn v2 = new FakeSvarInn(SvarInnApiVersion.V2);

    @RegisterExtension
    final FakeSvarInn v1 = new FakeSvarInn(SvarInnApiVersion.V1);

    private static TestRecipient recipient;

    @TempDir
    Path target;

    @BeforeAll
    static void makeKey() {
        recipient = TestRecipient.generate();
    }

    @Test
    void v2StreamsTheDownloadWhileTheServerIsStillSending() throws Exception {
        assertStreams(v2);
    }

    @Test
    void v1StreamsTheDownloadWhileTheServerIsStillSending() throws Exception {
        assertStreams(v1);
    }

    private void assertStreams(FakeSvarInn svarInn) throws Exception {
        String sha256 = GeneratedContent.sha256(new GeneratedContent(7, SIZE));
        AtomicBoolean clientWroteBeforeTheEnd = new AtomicBoolean();
        svarInn.offer(id(1), List.of(new FileMeta("skannet.tif", sha256, SIZE)), () -> StreamedBody.response(body -> {
            try (OutputStream envelope = Envelopes.open(new PausingStream(body, clientWroteBeforeTheEnd),
                    recipient.certificate(), KeyTransport.PKCS1_V1_5);
                    ZipOutputStream zip = new ZipOutputStream(envelope)) {
                zip.putNextEntry(new ZipEntry("skannet.tif"));
                new GeneratedContent(7, SIZE).transferTo(zip);
                zip.closeEntry();
            }
        }));

        ReceivedForsendelse received;
        try (SvarInnClient client = svarInn.client(KeyMaterial.of(recipient.privateKey())).build()) {
            received = client.download(client.fetchNew().get(0), target);
        }

        assertThat(clientWroteBeforeTheEnd).as("the client was writing files before the server finished").isTrue();
        assertThat(received.files()).singleElement().satisfies(file -> assertThat(file.path()).hasSize(SIZE));
    }

    /**
     * Once past the first part, flushes and waits for the client's staging directory to appear: up to 10 s, well
     * within the client's read timeout, so a buffering client fails on the assertion rather than by timing out.
     */
    private final class PausingStream extends FilterOutputStream {
        private final AtomicBoolean clientWroteBeforeTheEnd;
        private long written;
        private boolean paused;

        PausingStream(OutputStream out, AtomicBoolean clientWroteBeforeTheEnd) {
            super(out);
            this.clientWroteBeforeTheEnd = clientWroteBeforeTheEnd;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
            if (!paused && written >= FIRST_PART) {
                paused = true;
                out.flush();
                clientWroteBeforeTheEnd.set(awaitStagingDirectory());
            }
        }

        private boolean awaitStagingDirectory() throws IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (hasHiddenEntry(target)) {
                    return true;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            return false;
        }
    }

    private static boolean hasHiddenEntry(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("."));
        }
    }
}
