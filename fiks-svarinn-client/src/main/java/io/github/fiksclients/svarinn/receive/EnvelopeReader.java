package io.github.fiksclients.svarinn.receive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Reads a CMS enveloped-data structure from a stream in one pass: the small parts of its header (recipients, content
 * algorithm) with BouncyCastle's ASN.1 reader, and the encrypted content as a stream of its octets.
 *
 * <p>BouncyCastle's own streaming parser reads the content of nested indefinite-length (BER) structures one byte per
 * call through every level, as its streaming generator and SvarUt write them: several times slower than the
 * decryption itself. Here only the headers are parsed byte by byte; the content's chunks are read in bulk. Both the
 * definite-length (DER, as {@code openssl cms} writes) and the indefinite-length form are read, with lengths beyond
 * 2 GiB. The stream must support {@link InputStream#mark}.
 */
final class EnvelopeReader {

    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int CONTEXT_0_CONSTRUCTED = 0xa0;
    private static final int CONTEXT_0_PRIMITIVE = 0x80;

    private EnvelopeReader() {
    }

    /**
     * The parts of an envelope that decryption needs.
     *
     * @param recipientInfos the {@code RecipientInfo}s, undecoded
     * @param contentEncryption the content cipher and its parameters
     * @param encryptedContent the encrypted octets, read as they arrive; ends with the content
     */
    record Envelope(ASN1Set recipientInfos, AlgorithmIdentifier contentEncryption, InputStream encryptedContent) {
    }

    /**
     * Reads the header of the envelope, up to the start of its encrypted content.
     *
     * @param in the envelope, supporting mark and reset
     * @return its parts; the encrypted content is read from {@code in} as the returned stream is read
     * @throws IOException if reading fails, or the bytes are not CMS enveloped data
     */
    static Envelope read(InputStream in) throws IOException {
        header(in, SEQUENCE, "ContentInfo");
        ASN1ObjectIdentifier contentType = ASN1ObjectIdentifier.getInstance(object(in));
        if (!CMSObjectIdentifiers.envelopedData.equals(contentType)) {
            throw new IOException("the content is " + contentType.getId() + ", not CMS enveloped data");
        }
        header(in, CONTEXT_0_CONSTRUCTED, "the ContentInfo's content");
        header(in, SEQUENCE, "EnvelopedData");
        object(in);
        if (peek(in) == CONTEXT_0_CONSTRUCTED) {
            object(in);
        }
        if (peek(in) != SET) {
            throw new IOException("the EnvelopedData has no recipientInfos");
        }
        ASN1Set recipientInfos = ASN1Set.getInstance(object(in));
        header(in, SEQUENCE, "EncryptedContentInfo");
        object(in);
        AlgorithmIdentifier contentEncryption = AlgorithmIdentifier.getInstance(object(in));
        int tag = in.read();
        long length = length(in);
        if (tag == CONTEXT_0_PRIMITIVE && length >= 0) {
            return new Envelope(recipientInfos, contentEncryption, new OctetChunks(in, length, false));
        }
        if (tag == CONTEXT_0_CONSTRUCTED) {
            return new Envelope(recipientInfos, contentEncryption, new OctetChunks(in, length, true));
        }
        throw new IOException("the EncryptedContentInfo has no encrypted content");
    }

    private static void header(InputStream in, int expectedTag, String what) throws IOException {
        int tag = in.read();
        if (tag != expectedTag) {
            throw new IOException("expected " + what + " (tag " + hex(expectedTag) + "), found "
                    + (tag < 0 ? "the end of the data" : "tag " + hex(tag)));
        }
        length(in);
    }

    /** Reads one complete ASN.1 object, of any length form. */
    private static ASN1Primitive object(InputStream in) throws IOException {
        ASN1Primitive object = new ASN1InputStream(in, Integer.MAX_VALUE).readObject();
        if (object == null) {
            throw new EOFException("the envelope ends inside its header");
        }
        return object;
    }

    private static int peek(InputStream in) throws IOException {
        in.mark(1);
        int tag = in.read();
        in.reset();
        return tag;
    }

    /**
     * Reads a length: the number of content bytes, or -1 for the indefinite form.
     *
     * @throws IOException if it is cut short or does not fit in a long
     */
    static long length(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("the envelope ends inside a length");
        }
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0) {
            return -1;
        }
        if (octets > 7) {
            throw new IOException("a length of " + octets + " octets is too long");
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("the envelope ends inside a length");
            }
            length = (length << 8) | next;
        }
        return length;
    }

    private static String hex(int tag) {
        return String.format(Locale.ROOT, "0x%02x", tag);
    }
}
