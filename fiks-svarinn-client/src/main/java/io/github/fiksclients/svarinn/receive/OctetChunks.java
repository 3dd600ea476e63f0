package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;

/**
 * The octets of a CMS encrypted content as one stream: either a primitive string of known length, or a constructed
 * one made of OCTET STRING segments, of known length or ended by end-of-contents octets. A segment may itself be a
 * constructed OCTET STRING (BER allows it; BouncyCastle's authenticated-enveloped-data generator writes one). Each
 * read fills as much of the caller's buffer as the underlying stream has ready, across segment boundaries.
 *
 * <p>When the content ends, the rest of the envelope is read to its end too, by an {@link AfterContent}.
 */
final class OctetChunks extends InputStream {

    private static final int OCTET_STRING = 0x04;
    private static final int CONSTRUCTED_OCTET_STRING = 0x24;
    private static final int MAX_NESTING = 8;
    private static final long INDEFINITE = -1;

    /** Reads what follows the content, to the end of the envelope. */
    @FunctionalInterface
    interface AfterContent {

        /**
         * Reads the rest of the envelope.
         *
         * @param in the envelope, positioned after the content
         * @throws IOException if reading fails or the rest is damaged
         */
        void read(InputStream in) throws IOException;
    }

    private final InputStream in;
    private final AfterContent afterContent;
    /** The bytes left in each open constructed level, outermost first, or {@link #INDEFINITE}. */
    private final long[] left = new long[MAX_NESTING];
    private int depth;
    private long remainingInChunk;
    private boolean ended;

    /**
     * Creates the stream, positioned after the content's tag and length.
     *
     * @param in the envelope
     * @param length the content's length, or -1 for the indefinite form (chunked only)
     * @param chunked whether the content is made of OCTET STRING segments
     * @param afterContent reads the rest of the envelope once the content has ended
     */
    OctetChunks(InputStream in, long length, boolean chunked, AfterContent afterContent) {
        this.in = in;
        this.afterContent = afterContent;
        if (chunked) {
            left[0] = length;
            depth = 1;
        } else {
            remainingInChunk = length;
        }
    }

    @Override
    public int read() throws IOException {
        if (!nextChunkIfNeeded()) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw UnusableEnvelopeException.corrupt("the envelope ends inside its encrypted content");
        }
        remainingInChunk--;
        consumed(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len && nextChunkIfNeeded()) {
            int n = in.read(b, off + total, (int) Math.min(len - total, remainingInChunk));
            if (n < 0) {
                throw UnusableEnvelopeException.corrupt("the envelope ends inside its encrypted content");
            }
            remainingInChunk -= n;
            consumed(n);
            total += n;
            if (in.available() == 0 && remainingInChunk > 0) {
                break;
            }
        }
        return total == 0 && len > 0 ? -1 : total;
    }

    /** Moves to the next segment once this one is read; returns {@code false} at the end of the content. */
    private boolean nextChunkIfNeeded() throws IOException {
        while (remainingInChunk == 0) {
            if (ended) {
                return false;
            }
            while (depth > 0 && left[depth - 1] == 0) {
                depth--;
            }
            if (depth == 0) {
                return end();
            }
            int tag = in.read();
            if (tag < 0) {
                throw UnusableEnvelopeException.corrupt("the envelope ends inside its encrypted content");
            }
            consumed(1);
            if (tag == 0) {
                endOfContents();
                continue;
            }
            if (tag != OCTET_STRING && tag != CONSTRUCTED_OCTET_STRING) {
                throw UnusableEnvelopeException.corrupt(
                        "the encrypted content holds tag " + tag + " where an OCTET STRING belongs");
            }
            long length = EnvelopeReader.length(in);
            consumed(length < 0 ? 1 : EnvelopeReader.lengthOctets(length));
            if (tag == OCTET_STRING) {
                if (length < 0) {
                    throw UnusableEnvelopeException.corrupt("a segment of the encrypted content has no length");
                }
                requireInside(length);
                remainingInChunk = length;
            } else {
                if (depth == MAX_NESTING) {
                    throw UnusableEnvelopeException.corrupt(
                            "the encrypted content is nested more than " + MAX_NESTING + " levels deep");
                }
                if (length >= 0) {
                    requireInside(length);
                }
                left[depth++] = length;
            }
        }
        return true;
    }

    /** Closes the innermost level, which must be of indefinite length, at its end-of-contents octets. */
    private void endOfContents() throws IOException {
        if (left[depth - 1] != INDEFINITE) {
            throw UnusableEnvelopeException.corrupt("the encrypted content holds end-of-contents octets inside a "
                    + "definite length");
        }
        if (in.read() != 0) {
            throw UnusableEnvelopeException.corrupt("the encrypted content ends with a damaged end-of-contents");
        }
        depth--;
        consumed(1);
    }

    /** Fails if a segment of this length would run past the end of a definite-length level around it. */
    private void requireInside(long length) throws UnusableEnvelopeException {
        for (int i = 0; i < depth; i++) {
            if (left[i] != INDEFINITE && length > left[i]) {
                throw UnusableEnvelopeException.corrupt("a segment of the encrypted content runs past its end");
            }
        }
    }

    /** Counts bytes read inside the open levels against their definite lengths. */
    private void consumed(long bytes) throws UnusableEnvelopeException {
        for (int i = 0; i < depth; i++) {
            if (left[i] != INDEFINITE) {
                left[i] -= bytes;
                if (left[i] < 0) {
                    throw UnusableEnvelopeException.corrupt("a segment of the encrypted content runs past its end");
                }
            }
        }
    }

    /** Reads the rest of the envelope after its content, and ends the content. */
    private boolean end() throws IOException {
        ended = true;
        afterContent.read(in);
        return false;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(remainingInChunk, in.available());
    }
}
