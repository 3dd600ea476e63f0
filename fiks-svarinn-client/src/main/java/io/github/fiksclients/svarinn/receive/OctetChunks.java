package io.github.fiksclients.svarinn.receive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The octets of a CMS encrypted content as one stream: either a primitive string of known length, or a constructed
 * one made of OCTET STRING chunks, of known length or ended by end-of-contents octets. Each read fills as much of the
 * caller's buffer as the underlying stream has ready, across chunk boundaries.
 *
 * <p>When the content ends, the rest of the envelope is read to its end too.
 */
final class OctetChunks extends InputStream {

    private static final int OCTET_STRING = 0x04;

    private final InputStream in;
    private final boolean chunked;
    private long remainingOutside;
    private long remainingInChunk;
    private boolean ended;

    /**
     * Creates the stream, positioned after the content's tag and length.
     *
     * @param in the envelope
     * @param length the content's length, or -1 for the indefinite form (chunked only)
     * @param chunked whether the content is made of OCTET STRING chunks
     */
    OctetChunks(InputStream in, long length, boolean chunked) {
        this.in = in;
        this.chunked = chunked;
        this.remainingOutside = length;
        this.remainingInChunk = chunked ? 0 : length;
    }

    @Override
    public int read() throws IOException {
        if (!nextChunkIfNeeded()) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the envelope ends inside its encrypted content");
        }
        remainingInChunk--;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len && nextChunkIfNeeded()) {
            int n = in.read(b, off + total, (int) Math.min(len - total, remainingInChunk));
            if (n < 0) {
                throw new EOFException("the envelope ends inside its encrypted content");
            }
            remainingInChunk -= n;
            total += n;
            if (in.available() == 0 && remainingInChunk > 0) {
                break;
            }
        }
        return total == 0 && len > 0 ? -1 : total;
    }

    /** Moves to the next chunk once this one is read; returns {@code false} at the end of the content. */
    private boolean nextChunkIfNeeded() throws IOException {
        while (remainingInChunk == 0) {
            if (ended) {
                return false;
            }
            if (!chunked || remainingOutside == 0) {
                return end();
            }
            int tag = in.read();
            if (tag == 0 && remainingOutside < 0) {
                if (in.read() != 0) {
                    throw new IOException("the encrypted content ends with a damaged end-of-contents");
                }
                return end();
            }
            if (tag != OCTET_STRING) {
                throw tag < 0 ? new EOFException("the envelope ends inside its encrypted content")
                        : new IOException("the encrypted content holds tag " + tag + " where an OCTET STRING belongs");
            }
            long before = remainingOutside;
            remainingInChunk = EnvelopeReader.length(in);
            if (remainingInChunk < 0) {
                throw new IOException("a chunk of the encrypted content has no length");
            }
            if (before >= 0) {
                remainingOutside -= 1 + lengthOctets(remainingInChunk) + remainingInChunk;
                if (remainingOutside < 0) {
                    throw new IOException("a chunk of the encrypted content runs past its end");
                }
            }
        }
        return true;
    }

    /**
     * Reads the rest of the envelope after its content (the closing end-of-contents octets, any unprotected
     * attributes), so that a download which breaks off there fails like one that breaks off earlier.
     */
    private boolean end() throws IOException {
        ended = true;
        in.transferTo(OutputStream.nullOutputStream());
        return false;
    }

    private static int lengthOctets(long length) {
        if (length < 0x80) {
            return 1;
        }
        return 1 + (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(remainingInChunk, in.available());
    }
}
