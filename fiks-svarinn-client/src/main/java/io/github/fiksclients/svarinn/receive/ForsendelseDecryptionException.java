package io.github.fiksclients.svarinn.receive;

import java.util.Objects;

/**
 * Thrown when a forsendelse cannot be decrypted: the envelope was made for none of the receiving system's keys, is
 * not CMS (authenticated) enveloped data this client supports, is damaged or cut short, or its content fails the
 * padding or authentication check at the end. {@link #reason()} says which.
 */
public final class ForsendelseDecryptionException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    /** Why a forsendelse could not be decrypted. */
    public enum Reason {
        /**
         * No recipient of the envelope is for one of the receiving system's certificates, or none could be opened
         * with its keys: check the configured keys (after a key rotation, keep the old key until the forsendelser
         * encrypted to it are received). Not permanent: the same forsendelse can succeed with the right key.
         */
        NO_MATCHING_KEY,
        /**
         * The envelope is well formed but of a kind this client does not support: not (authenticated) enveloped
         * data, a content cipher other than AES-CBC or AES-GCM (or what BouncyCastle decrypts), a recipient for our
         * certificate that is not RSA key transport. Permanent.
         */
        UNSUPPORTED_ENVELOPE,
        /**
         * The envelope is damaged or cut short: its structure cannot be read, a header object is larger than
         * {@value EnvelopeDecryptor#MAX_HEADER_OBJECT_BYTES} bytes or nested too deeply, or the content key for our
         * certificate cannot be unwrapped. Permanent.
         */
        CORRUPT_ENVELOPE,
        /**
         * The content fails its padding (AES-CBC) or authentication (AES-GCM) check: damaged or tampered. Permanent.
         */
        DAMAGED_CONTENT
    }

    /** Why decryption failed. */
    private final Reason reason;

    ForsendelseDecryptionException(String forsendelseId, Reason reason, String message, Throwable cause) {
        super(forsendelseId, message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the forsendelse could not be decrypted.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Tells whether the forsendelse itself is at fault: {@code true} for every reason but
     * {@link Reason#NO_MATCHING_KEY}, which may be this receiving system's configuration.
     *
     * @return whether decrypting the same download again fails the same way
     */
    @Override
    public boolean isPermanent() {
        return reason != Reason.NO_MATCHING_KEY;
    }
}
