package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Cipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.AEADCipher;

/**
 * Decrypts the content of an envelope chunk by chunk, for {@link ChunkedCipherInputStream}: the JDK's
 * {@link Cipher} for AES-CBC (hardware accelerated), BouncyCastle's streaming {@link AEADCipher} for AES-GCM, whose
 * tag comes after the content in authenticated enveloped data.
 */
interface ContentCipher {

    /**
     * How large an output buffer must be for one update of this many input bytes, or for the end.
     *
     * @param inputLength the bytes of one update
     * @return the buffer size
     */
    int outputSize(int inputLength);

    /**
     * Decrypts a chunk.
     *
     * @param input the encrypted bytes
     * @param length how many of them, from the start
     * @param output where the decrypted bytes go, from the start
     * @return how many decrypted bytes were written
     * @throws IOException if decryption fails
     */
    int update(byte[] input, int length, byte[] output) throws IOException;

    /**
     * Ends decryption once the encrypted content has been read: checks the padding or the authentication tag.
     *
     * @param output where the last decrypted bytes go, from the start
     * @return how many decrypted bytes were written
     * @throws UnusableEnvelopeException with {@link ForsendelseDecryptionException.Reason#DAMAGED_CONTENT} if the
     *     check fails
     * @throws IOException if decryption fails otherwise
     */
    int finish(byte[] output) throws IOException;

    /**
     * Decrypts with a JDK cipher set up for decryption, such as {@code AES/CBC/PKCS5Padding}.
     *
     * @param cipher the cipher
     * @return the content cipher
     */
    static ContentCipher of(Cipher cipher) {
        Objects.requireNonNull(cipher, "cipher");
        return new ContentCipher() {
            @Override
            public int outputSize(int inputLength) {
                return cipher.getOutputSize(inputLength);
            }

            @Override
            public int update(byte[] input, int length, byte[] output) throws IOException {
                try {
                    return cipher.update(input, 0, length, output, 0);
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot decrypt the content: " + e.getMessage(), e);
                }
            }

            @Override
            public int finish(byte[] output) throws IOException {
                try {
                    return cipher.doFinal(output, 0);
                } catch (GeneralSecurityException e) {
                    throw new UnusableEnvelopeException(ForsendelseDecryptionException.Reason.DAMAGED_CONTENT,
                            "the content fails its padding check (damaged or tampered): " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Decrypts with an AEAD cipher set up for decryption, whose tag is read from the envelope after the content.
     *
     * @param cipher the cipher, such as AES-GCM
     * @param trailer gives the tag, and the authenticated attributes if any, once the content has been read
     * @return the content cipher
     */
    static ContentCipher of(AEADCipher cipher, EnvelopeReader.Trailer trailer) {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(trailer, "trailer");
        return new ContentCipher() {
            @Override
            public int outputSize(int inputLength) {
                return cipher.getOutputSize(inputLength) + cipher.getUpdateOutputSize(inputLength);
            }

            @Override
            public int update(byte[] input, int length, byte[] output) {
                return cipher.processBytes(input, 0, length, output, 0);
            }

            @Override
            public int finish(byte[] output) throws IOException {
                byte[] authenticatedAttributes = trailer.authenticatedAttributes();
                if (authenticatedAttributes != null) {
                    cipher.processAADBytes(authenticatedAttributes, 0, authenticatedAttributes.length);
                }
                byte[] mac = trailer.mac();
                int written = cipher.processBytes(mac, 0, mac.length, output, 0);
                try {
                    return written + cipher.doFinal(output, written);
                } catch (InvalidCipherTextException e) {
                    throw new UnusableEnvelopeException(ForsendelseDecryptionException.Reason.DAMAGED_CONTENT,
                            "the content fails its authentication check (damaged or tampered): " + e.getMessage(), e);
                }
            }
        };
    }
}
