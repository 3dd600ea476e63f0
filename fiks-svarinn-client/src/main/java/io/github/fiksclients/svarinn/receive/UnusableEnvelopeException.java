package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown while reading an envelope whose bytes arrived but cannot be used: damaged, cut short, of a kind or cipher
 * this client does not support, or with content that fails its integrity check. Reading it again gives the same
 * failure; it becomes a {@link ForsendelseDecryptionException} with the same reason.
 */
final class UnusableEnvelopeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ForsendelseDecryptionException.Reason reason;

    UnusableEnvelopeException(ForsendelseDecryptionException.Reason reason, String message) {
        this(reason, message, null);
    }

    UnusableEnvelopeException(ForsendelseDecryptionException.Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    ForsendelseDecryptionException.Reason reason() {
        return reason;
    }

    static UnusableEnvelopeException corrupt(String message) {
        return new UnusableEnvelopeException(ForsendelseDecryptionException.Reason.CORRUPT_ENVELOPE, message);
    }

    static UnusableEnvelopeException unsupported(String message) {
        return new UnusableEnvelopeException(ForsendelseDecryptionException.Reason.UNSUPPORTED_ENVELOPE, message);
    }
}
