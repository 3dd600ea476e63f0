package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Decrypts a stream in chunks of 64 KiB, into buffers it reuses.
 *
 * <p>The JDK's {@link javax.crypto.CipherInputStream} reads its input 512 bytes at a time, so every layer below it
 * (the CMS parser, the download) is called a hundred times more often than needed. The content's padding or
 * authentication tag is checked when the input ends ({@link ContentCipher#finish}); a failed check fails the read
 * with an {@link IOException}.
 */
final class ChunkedCipherInputStream extends InputStream {

    private static final int CHUNK_SIZE = 64 * 1024;

    private final InputStream encrypted;
    private final ContentCipher cipher;
    private final byte[] input = new byte[CHUNK_SIZE];
    private final byte[] output;
    private int position;
    private int limit;
    private boolean finished;

    ChunkedCipherInputStream(InputStream encrypted, ContentCipher cipher) {
        this.encrypted = Objects.requireNonNull(encrypted, "encrypted");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.output = new byte[Math.max(cipher.outputSize(CHUNK_SIZE), cipher.outputSize(0)) + 64];
    }

    @Override
    public int read() throws IOException {
        return available() > 0 || fill() ? output[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (available() == 0 && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(output, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return limit - position;
    }

    @Override
    public void close() throws IOException {
        encrypted.close();
    }

    /** Decrypts the next chunk; returns {@code false} at the end, once the padding or tag has been checked. */
    private boolean fill() throws IOException {
        while (position == limit) {
            if (finished) {
                return false;
            }
            int n = encrypted.read(input, 0, input.length);
            position = 0;
            if (n < 0) {
                finished = true;
                limit = cipher.finish(output);
            } else {
                limit = cipher.update(input, n, output);
            }
        }
        return true;
    }
}
