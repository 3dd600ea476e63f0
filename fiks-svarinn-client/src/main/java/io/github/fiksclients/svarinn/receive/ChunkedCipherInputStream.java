package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Cipher;

/**
 * Decrypts a stream with a {@link Cipher} in chunks of 64 KiB, into buffers it reuses.
 *
 * <p>The JDK's {@link javax.crypto.CipherInputStream} reads its input 512 bytes at a time, so every layer below it
 * (the CMS parser, the download) is called a hundred times more often than needed. The cipher's final block, with
 * its padding, is checked when the input ends; a bad padding fails the read with an {@link IOException}.
 */
final class ChunkedCipherInputStream extends InputStream {

    private static final int CHUNK_SIZE = 64 * 1024;

    private final InputStream encrypted;
    private final Cipher cipher;
    private final byte[] input = new byte[CHUNK_SIZE];
    private final byte[] output;
    private int position;
    private int limit;
    private boolean finished;

    ChunkedCipherInputStream(InputStream encrypted, Cipher cipher) {
        this.encrypted = Objects.requireNonNull(encrypted, "encrypted");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.output = new byte[cipher.getOutputSize(CHUNK_SIZE)];
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

    /** Decrypts the next chunk; returns {@code false} at the end, once the final block has been checked. */
    private boolean fill() throws IOException {
        while (position == limit) {
            if (finished) {
                return false;
            }
            int n = encrypted.read(input, 0, input.length);
            position = 0;
            try {
                if (n < 0) {
                    finished = true;
                    limit = cipher.doFinal(output, 0);
                } else {
                    limit = cipher.update(input, 0, n, output, 0);
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot decrypt the content: " + e.getMessage(), e);
            }
        }
        return true;
    }
}
