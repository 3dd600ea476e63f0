package io.github.fiksclients.svarinn.receive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Reads a CMS enveloped-data or authenticated-enveloped-data structure from a stream in one pass: the small parts of
 * its header (recipients, content algorithm) with BouncyCastle's ASN.1 decoder, and the encrypted content as a stream
 * of its octets.
 *
 * <p>BouncyCastle's own streaming parser reads the content of nested indefinite-length (BER) structures one byte per
 * call through every level, as its streaming generator and SvarUt write them: several times slower than the
 * decryption itself. Here only the headers are parsed byte by byte; the content's chunks are read in bulk. Both the
 * definite-length (DER, as {@code openssl cms} writes) and the indefinite-length form are read, with lengths beyond
 * 2 GiB. The stream must support {@link InputStream#mark}.
 *
 * <p>Each header object (the version, recipients, algorithm identifiers, authenticated attributes, MAC) is bounded:
 * at most {@value #MAX_HEADER_OBJECT_BYTES} bytes and {@value #MAX_NESTING} levels deep, checked against the lengths
 * it declares before anything is read or allocated, so a damaged or hostile envelope that claims a header of 2 GiB
 * is refused at once in any heap, and deep nesting cannot exhaust the stack of BouncyCastle's recursive decoder.
 * Only the lengths of the enclosing structures and of the encrypted content may be large.
 */
final class EnvelopeReader {

    /** The most bytes one header object may have. */
    static final int MAX_HEADER_OBJECT_BYTES = EnvelopeDecryptor.MAX_HEADER_OBJECT_BYTES;

    /** The deepest one header object may be nested. */
    static final int MAX_NESTING = 64;

    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int OCTET_STRING = 0x04;
    private static final int CONSTRUCTED = 0x20;
    private static final int CONTEXT_0_CONSTRUCTED = 0xa0;
    private static final int CONTEXT_0_PRIMITIVE = 0x80;
    private static final int CONTEXT_1_CONSTRUCTED = 0xa1;

    private EnvelopeReader() {
    }

    /**
     * The parts of an envelope that decryption needs.
     *
     * @param recipientInfos the {@code RecipientInfo}s, undecoded
     * @param contentEncryption the content cipher and its parameters
     * @param encryptedContent the encrypted octets, read as they arrive; ends with the content, once the rest of
     *     the envelope has been read
     * @param trailer for authenticated enveloped data, what follows the content (filled once
     *     {@code encryptedContent} has ended); {@code null} for enveloped data
     */
    record Envelope(ASN1Set recipientInfos, AlgorithmIdentifier contentEncryption, InputStream encryptedContent,
            Trailer trailer) {

        /** Whether this is authenticated enveloped data (RFC 5083), whose content carries a MAC. */
        boolean authenticated() {
            return trailer != null;
        }
    }

    /** What follows the encrypted content of authenticated enveloped data: known once the content has been read. */
    static final class Trailer {
        private byte[] authenticatedAttributes;
        private byte[] mac;

        /**
         * The DER encoding of the authenticated attributes as a {@code SET OF}, the additional authenticated data.
         *
         * @return the encoding, or {@code null} if the envelope has none
         */
        byte[] authenticatedAttributes() {
            return authenticatedAttributes;
        }

        /**
         * The message authentication code (for AES-GCM, the tag).
         *
         * @return the MAC
         * @throws IllegalStateException if the content has not been read to its end
         */
        byte[] mac() {
            if (mac == null) {
                throw new IllegalStateException("the MAC follows the content: read the content to its end first");
            }
            return mac;
        }
    }

    /**
     * Reads the header of the envelope, up to the start of its encrypted content.
     *
     * @param in the envelope, supporting mark and reset
     * @return its parts; the encrypted content is read from {@code in} as the returned stream is read
     * @throws UnusableEnvelopeException if the bytes are not CMS (authenticated) enveloped data, are damaged, or a
     *     header object passes its bounds
     * @throws IOException if reading fails
     */
    static Envelope read(InputStream in) throws IOException {
        header(in, SEQUENCE, "ContentInfo");
        ASN1ObjectIdentifier contentType = ASN1ObjectIdentifier.getInstance(object(in, "the content type"));
        boolean authenticated = CMSObjectIdentifiers.authEnvelopedData.equals(contentType);
        if (!authenticated && !CMSObjectIdentifiers.envelopedData.equals(contentType)) {
            throw UnusableEnvelopeException.unsupported("the content is " + contentType.getId()
                    + ", not CMS enveloped or authenticated enveloped data");
        }
        String kind = authenticated ? "AuthEnvelopedData" : "EnvelopedData";
        header(in, CONTEXT_0_CONSTRUCTED, "the ContentInfo's content");
        header(in, SEQUENCE, kind);
        object(in, "the " + kind + " version");
        if (peek(in) == CONTEXT_0_CONSTRUCTED) {
            object(in, "the originatorInfo");
        }
        if (peek(in) != SET) {
            throw UnusableEnvelopeException.corrupt("the " + kind + " has no recipientInfos");
        }
        ASN1Set recipientInfos = ASN1Set.getInstance(object(in, "the recipientInfos"));
        long contentInfoLength = header(in, SEQUENCE, "EncryptedContentInfo");
        object(in, "the content type of the EncryptedContentInfo");
        AlgorithmIdentifier contentEncryption = AlgorithmIdentifier.getInstance(
                object(in, "the content encryption algorithm"));
        int tag = in.read();
        long length = length(in);
        Trailer trailer = authenticated ? new Trailer() : null;
        OctetChunks.AfterContent rest = authenticated
                ? after -> readTrailer(after, contentInfoLength < 0, trailer)
                : EnvelopeReader::drain;
        if (tag == CONTEXT_0_PRIMITIVE && length >= 0) {
            return new Envelope(recipientInfos, contentEncryption, new OctetChunks(in, length, false, rest), trailer);
        }
        if (tag == CONTEXT_0_CONSTRUCTED) {
            return new Envelope(recipientInfos, contentEncryption, new OctetChunks(in, length, true, rest), trailer);
        }
        throw UnusableEnvelopeException.corrupt("the EncryptedContentInfo has no encrypted content");
    }

    /**
     * Reads what follows the encrypted content of authenticated enveloped data: the end of an indefinite-length
     * EncryptedContentInfo, the authenticated attributes if any, the MAC; then the rest of the envelope.
     */
    private static void readTrailer(InputStream in, boolean contentInfoIndefinite, Trailer trailer)
            throws IOException {
        if (contentInfoIndefinite && (in.read() != 0 || in.read() != 0)) {
            throw UnusableEnvelopeException.corrupt("the EncryptedContentInfo does not end where its content ends");
        }
        if (peek(in) == CONTEXT_1_CONSTRUCTED) {
            ASN1TaggedObject attributes = ASN1TaggedObject.getInstance(object(in, "the authenticated attributes"));
            trailer.authenticatedAttributes = new DERSet(ASN1Set.getInstance(attributes, false).toArray())
                    .getEncoded(ASN1Encoding.DER);
        }
        int tag = peek(in);
        if (tag != OCTET_STRING && tag != (OCTET_STRING | CONSTRUCTED)) {
            throw UnusableEnvelopeException.corrupt("the AuthEnvelopedData has no MAC after its content");
        }
        trailer.mac = ASN1OctetString.getInstance(object(in, "the MAC")).getOctets();
        drain(in);
    }

    /** Reads the rest of the envelope, so a download that breaks off there fails like one that breaks off earlier. */
    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** Reads the tag and length of an enclosing structure, whose content is read piece by piece. */
    private static long header(InputStream in, int expectedTag, String what) throws IOException {
        int tag = in.read();
        if (tag != expectedTag) {
            throw UnusableEnvelopeException.corrupt("expected " + what + " (tag " + hex(expectedTag) + "), found "
                    + (tag < 0 ? "the end of the data" : "tag " + hex(tag)));
        }
        return length(in);
    }

    /**
     * Reads one complete ASN.1 object of the header, of any length form, within the bounds of the class description,
     * and decodes it.
     */
    private static ASN1Primitive object(InputStream in, String what) throws IOException {
        BoundedBytes bytes = new BoundedBytes(what);
        copyObject(in, bytes, what, 0);
        try {
            return ASN1Primitive.fromByteArray(bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new UnusableEnvelopeException(ForsendelseDecryptionException.Reason.CORRUPT_ENVELOPE,
                    what + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** Copies one object, checking every declared length against the bound before reading its content. */
    private static void copyObject(InputStream in, BoundedBytes out, String what, int depth) throws IOException {
        if (depth > MAX_NESTING) {
            throw UnusableEnvelopeException.corrupt(what + " is nested more than " + MAX_NESTING + " levels deep");
        }
        int tag = readByte(in, what);
        out.write(tag);
        if ((tag & 0x1f) == 0x1f) {
            int octets = 0;
            int next;
            do {
                next = readByte(in, what);
                out.write(next);
                if (++octets > 4) {
                    throw UnusableEnvelopeException.corrupt(what + " has a tag number of more than 4 octets");
                }
            } while ((next & 0x80) != 0);
        }
        long length = copyLength(in, out, what);
        boolean constructed = (tag & CONSTRUCTED) != 0;
        if (length < 0) {
            if (!constructed) {
                throw UnusableEnvelopeException.corrupt(what + " is primitive but has no length");
            }
            while (!endOfContents(in, out)) {
                copyObject(in, out, what, depth + 1);
            }
            return;
        }
        out.requireRoomFor(length);
        if (constructed) {
            long end = out.size() + length;
            while (out.size() < end) {
                copyObject(in, out, what, depth + 1);
            }
            if (out.size() != end) {
                throw UnusableEnvelopeException.corrupt(what + " holds an object that runs past its end");
            }
        } else {
            byte[] content = in.readNBytes((int) length);
            if (content.length < length) {
                throw UnusableEnvelopeException.corrupt("the envelope ends inside " + what);
            }
            out.write(content);
        }
    }

    /** Reads and copies the end-of-contents octets if they come next; otherwise reads nothing. */
    private static boolean endOfContents(InputStream in, BoundedBytes out) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        if (first == 0 && second == 0) {
            out.write(0);
            out.write(0);
            return true;
        }
        in.reset();
        return false;
    }

    private static long copyLength(InputStream in, BoundedBytes out, String what) throws IOException {
        in.mark(9);
        long length = length(in);
        int octets = length < 0 ? 1 : lengthOctets(length);
        in.reset();
        for (int i = 0; i < octets; i++) {
            out.write(readByte(in, what));
        }
        return length;
    }

    private static int readByte(InputStream in, String what) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw UnusableEnvelopeException.corrupt("the envelope ends inside " + what);
        }
        return b;
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
     * @throws UnusableEnvelopeException if it is cut short or does not fit in a long
     */
    static long length(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw UnusableEnvelopeException.corrupt("the envelope ends inside a length");
        }
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0) {
            return -1;
        }
        if (octets > 7) {
            throw UnusableEnvelopeException.corrupt("a length of " + octets + " octets is too long");
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            int next = in.read();
            if (next < 0) {
                throw UnusableEnvelopeException.corrupt("the envelope ends inside a length");
            }
            length = (length << 8) | next;
        }
        return length;
    }

    /** The number of octets the definite length takes in its encoding, as {@link #length} read it. */
    static int lengthOctets(long length) {
        if (length < 0x80) {
            return 1;
        }
        return 1 + (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
    }

    private static String hex(int tag) {
        return String.format(Locale.ROOT, "0x%02x", tag);
    }

    /** The bytes of one header object, refused once they would pass {@link #MAX_HEADER_OBJECT_BYTES}. */
    private static final class BoundedBytes {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final String what;

        BoundedBytes(String what) {
            this.what = what;
        }

        int size() {
            return bytes.size();
        }

        void requireRoomFor(long length) throws UnusableEnvelopeException {
            if (length > MAX_HEADER_OBJECT_BYTES - bytes.size()) {
                throw UnusableEnvelopeException.corrupt(what + " claims " + length + " bytes, more than the "
                        + MAX_HEADER_OBJECT_BYTES + " a header object may have");
            }
        }

        void write(int b) throws UnusableEnvelopeException {
            requireRoomFor(1);
            bytes.write(b);
        }

        void write(byte[] content) throws UnusableEnvelopeException {
            requireRoomFor(content.length);
            bytes.writeBytes(content);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
