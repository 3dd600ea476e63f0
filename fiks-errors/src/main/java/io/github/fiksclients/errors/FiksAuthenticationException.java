package io.github.fiksclients.errors;

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

    private final boolean retryable;

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
        super(message, cause);
        this.retryable = retryable;
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
