package io.github.fiksclients.errors;

/**
 * Authentication could not be set up or a token could not be had: an unreadable keystore, a wrong password or
 * alias, or a token endpoint that refused, failed or did not answer.
 *
 * <p>The request that needed the credentials was not sent.
 */
public class FiksAuthenticationException extends FiksException {

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, free of secrets
     */
    public FiksAuthenticationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure
     */
    public FiksAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
