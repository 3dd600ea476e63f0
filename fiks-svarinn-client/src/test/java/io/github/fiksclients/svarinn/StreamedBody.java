package io.github.fiksclients.svarinn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A response body that a test writes while the server sends it, in HTTP chunks: any size, made on the fly, without
 * holding it in memory (MockWebServer writes a {@link MockResponseBody} straight to the socket).
 */
final class StreamedBody implements MockResponseBody {

    private static final int CHUNK_SIZE = 64 * 1024;

    /** Writes the body's bytes. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream body) throws IOException;
    }

    private final Writer writer;

    private StreamedBody(Writer writer) {
        this.writer = writer;
    }

    /** A 200 response whose chunked body is what {@code writer} writes. */
    static MockResponse response(Writer writer) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/octet-stream")
                .body(new StreamedBody(writer))
                .removeHeader("Content-Length")
                .setHeader("Transfer-Encoding", "chunked")
                .build();
    }

    @Override
    public long getContentLength() {
        return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        OutputStream chunks = new BufferedOutputStream(new ChunkEncoder(sink), CHUNK_SIZE);
        writer.writeTo(chunks);
        chunks.flush();
        // The last chunk; MockWebServer adds the (empty) trailers and the final line break.
        sink.writeUtf8("0\r\n");
    }

    /** Frames each write as one HTTP chunk; closing it only flushes, the server owns the socket. */
    private static final class ChunkEncoder extends OutputStream {
        private final BufferedSink sink;

        ChunkEncoder(BufferedSink sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                sink.writeHexadecimalUnsignedLong(len).writeUtf8("\r\n").write(b, off, len).writeUtf8("\r\n");
            }
        }

        @Override
        public void flush() throws IOException {
            sink.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
