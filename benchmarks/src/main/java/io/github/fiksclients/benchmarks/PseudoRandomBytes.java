package io.github.fiksclients.benchmarks;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * A stream of pseudo-random bytes of a given length: content that does not compress, like the scanned documents
 * and PDFs of a real forsendelse, made fast and without holding it.
 */
final class PseudoRandomBytes extends InputStream {

    private final SplittableRandom random;
    private long remaining;
    private long word;
    private int bytesLeftInWord;

    /**
     * Creates the stream.
     *
     * @param seed the same seed gives the same bytes
     * @param length how many bytes the stream holds
     */
    PseudoRandomBytes(long seed, long length) {
        this.random = new SplittableRandom(seed);
        this.remaining = length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining == 0) {
            return -1;
        }
        int count = (int) Math.min(length, remaining);
        for (int i = offset; i < offset + count; i++) {
            if (bytesLeftInWord == 0) {
                word = random.nextLong();
                bytesLeftInWord = Long.BYTES;
            }
            buffer[i] = (byte) word;
            word >>>= Byte.SIZE;
            bytesLeftInWord--;
        }
        remaining -= count;
        return count;
    }
}
