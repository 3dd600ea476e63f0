package io.github.fiksclients.svarut;

import io.github.fiksclients.errors.FiksException;

/**
 * A send that certainly created no forsendelse: it failed before any byte of its body went out (the connection was
 * refused, no Maskinporten token could be had), or SvarUt refused it with a 4xx status, after any retries the retry
 * policy allowed. Sending the same forsendelse again cannot make a duplicate.
 *
 * <p>The {@linkplain #getCause() cause} is the last failure, such as a
 * {@link io.github.fiksclients.errors.FiksBadRequestException} with SvarUt's reason, or a
 * {@link io.github.fiksclients.errors.FiksTransportException}.
 */
public final class ForsendelseNotSentException extends FiksException {

    private static final long serialVersionUID = 1L;

    ForsendelseNotSentException(String message, FiksException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    /**
     * Tells whether sending again later may succeed, as the last failure says.
     *
     * @return whether the cause is retryable
     */
    @Override
    public boolean isRetryable() {
        return getCause() instanceof FiksException cause && cause.isRetryable();
    }
}
