package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies one entry to its file while computing its SHA-256 and size, reading no more than one byte past a
 * limit. It fills its 64 KiB buffer before each write: {@link java.util.zip.ZipInputStream} hands out at most
 * 512 bytes per read, and a write per read would cost a system call per 512 bytes. Not thread-safe: it reuses
 * one buffer.
 */
final class HashingCopier {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final byte[] buffer = new byte[BUFFER_SIZE];

    /** What one copy produced. */
    record Copied(long size, String sha256) {
    }

    /**
     * Copies {@code in} to {@code out} until {@code in} ends or holds more than {@code maxBytes}.
     *
     * @param in the entry's content
     * @param out its file
     * @param maxBytes how many bytes are allowed
     * @return the size and SHA-256 of what was copied, or {@code null} if {@code in} holds more than
     *     {@code maxBytes} (the excess is neither read further nor written)
     * @throws IOException if writing fails (reading throws unchecked, typed exceptions)
     */
    Copied copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        long copied = 0;
        boolean ended = false;
        while (!ended) {
            int wanted = (int) Math.min(buffer.length, maxBytes - copied + 1);
            int n = 0;
            while (n < wanted && !ended) {
                int read = in.read(buffer, n, wanted - n);
                ended = read < 0;
                n += Math.max(read, 0);
            }
            copied += n;
            if (copied > maxBytes) {
                return null;
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return new Copied(copied, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
