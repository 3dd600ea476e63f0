package io.github.fiksclients.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * Authentication could not be set up or a token could not be had: an unreadable keystore, a wrong password or
 * alias, or a token endpoint that refused, failed or did not answer.
 *
 * <p>The request that needed the credentials was not sent. A failure that may pass by itself, such as a token
 * endpoint that is temporarily unavailable or cannot be reached, is {@linkplain #isRetryable() retryable}; a
 * {@code FiksClient} then tries the request again within its retry policy, whatever its HTTP method, since
 * nothing was sent.
 */
public class FiksAuthenticationException extends FiksException {

    /** Whether asking again later may succeed. */
    private final boolean retryable;
    /** How long to wait before asking for the credentials again, or {@code null} if the failure does not say. */
    private final Duration retryAfter;

    /**
     * Creates an exception with a message, for a failure that will not pass by itself.
     *
     * @param message what went wrong, free of secrets
     */
    public FiksAuthenticationException(String message) {
        this(message, null, false);
    }

    /**
     * Creates an exception with a message and the failure that caused it, for a failure that will not pass by itself.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure
     */
    public FiksAuthenticationException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * Creates an exception with a message and the failure that caused it, saying whether it may pass by itself.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure, or {@code null}
     * @param retryable {@code true} if asking again later may succeed, as after an outage of the token endpoint
     */
    public FiksAuthenticationException(String message, Throwable cause, boolean retryable) {
        this(message, cause, retryable, null);
    }

    /**
     * Creates an exception that also says how long asking again is pointless, as when a token endpoint's failure
     * is remembered for a moment.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure, or {@code null}
     * @param retryable {@code true} if asking again later may succeed
     * @param retryAfter how long to wait before asking again, or {@code null} if that is not known
     */
    public FiksAuthenticationException(String message, Throwable cause, boolean retryable, Duration retryAfter) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait before asking for the credentials again, if the failure says so: a retry sooner would get
     * the same failure. A {@code FiksClient} waits that long before retrying, as for an HTTP {@code Retry-After}.
     *
     * @return the wait, or empty if the failure does not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Tells whether asking for the credentials again later may succeed.
     *
     * @return {@code true} for a token endpoint that is temporarily unavailable, overloaded or unreachable;
     *     {@code false} for a refusal or a configuration error
     */
    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
