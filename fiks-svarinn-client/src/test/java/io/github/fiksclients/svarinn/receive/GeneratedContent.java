package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Pseudo-random bytes made as they are read: any size of test content without holding it in memory. */
public final class GeneratedContent extends InputStream {

    private final SplittableRandom random;
    private long remaining;

    public GeneratedContent(long seed, long size) {
        this.random = new SplittableRandom(seed);
        this.remaining = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(len, remaining);
        for (int i = 0; i < n; i += Long.BYTES) {
            long bits = random.nextLong();
            for (int j = i; j < Math.min(n, i + Long.BYTES); j++, bits >>>= 8) {
                b[off + j] = (byte) bits;
            }
        }
        remaining -= n;
        return n;
    }

    /** Returns the SHA-256 of what a stream holds, read to its end. */
    public static String sha256(InputStream content) {
        try (DigestInputStream in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
