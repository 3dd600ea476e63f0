package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A download is handed to the caller while the server is still sending it, even with logging at BODY level.
 *
 * <p>The server sends the first part of the body and then waits until the test has its response; if logging read
 * the whole body first, the response would never arrive and the server's wait would time out.
 */
class StreamingDownloadTest {

    private static final int SIZE = 8 * 1024 * 1024;
    private static final int FIRST_PART = 256 * 1024;

    @RegisterExtension
    final TestServer server = new TestServer();

    @ParameterizedTest
    @ValueSource(strings = {"application/zip", "application/octet-stream", "text/plain", "application/json"})
    void responseArrivesBeforeTheServerHasSentTheWholeBody(String contentType) throws Exception {
        CountDownLatch callerHasResponse = new CountDownLatch(1);
        AtomicBoolean serverWasReleased = new AtomicBoolean();
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
                .body(new PausingBody(callerHasResponse, serverWasReleased)).build());
        FiksClient client = server.client().logLevel(HttpLogLevel.BODY).build();

        long received;
        try (Response response = client.execute(
                new Request.Builder().url(server.server.url("/forsendelse/1/fil")).build())) {
            callerHasResponse.countDown();
            received = drain(response.body().byteStream());
        }

        assertThat(serverWasReleased).isTrue();
        assertThat(received).isEqualTo(SIZE);
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
        }
        return total;
    }

    /** Writes the first part of the body, waits for the caller to have the response, then writes the rest. */
    private static final class PausingBody implements MockResponseBody {
        private final CountDownLatch release;
        private final AtomicBoolean released;

        PausingBody(CountDownLatch release, AtomicBoolean released) {
            this.release = release;
            this.released = released;
        }

        @Override
        public long getContentLength() {
            return SIZE;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[FIRST_PART];
            java.util.Arrays.fill(chunk, (byte) 'x');
            sink.write(chunk);
            sink.flush();
            try {
                released.set(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            for (int written = FIRST_PART; written < SIZE; written += FIRST_PART) {
                sink.write(chunk);
            }
        }
    }
}
