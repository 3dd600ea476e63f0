package io.github.fiksclients.contract;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Pseudo-random content of a given size, made as it is read (so nothing holds it), the same for the same seed: the
 * files of the streaming tests.
 */
final class GeneratedContent extends InputStream {

    private final long size;
    private long position;
    private long state;

    GeneratedContent(long seed, long size) {
        this.size = size;
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            buffer[offset + i] = (byte) state;
        }
        position += count;
        return count;
    }

    /**
     * A request body of this content, written as it is made, of known length: like a file's.
     *
     * @param seed the content's seed
     * @param size its size
     * @param type its content type
     * @return the body
     */
    static RequestBody body(long seed, long size, MediaType type) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return size;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                try (Source source = Okio.source(new GeneratedContent(seed, size))) {
                    sink.writeAll(source);
                }
            }
        };
    }

    /**
     * The SHA-256 of this content.
     *
     * @param seed the content's seed
     * @param size its size
     * @return the hex digest
     * @throws IOException never, in practice
     */
    static String sha256(long seed, long size) throws IOException {
        return StreamingServer.Sha256.of(new GeneratedContent(seed, size));
    }
}
