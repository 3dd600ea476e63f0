package io.github.fiksclients.errors;

/**
 * The root of every unchecked exception a Fiks client throws.
 *
 * <p>Catch this to handle any failure of a Fiks call in one place; catch a subclass to handle one kind.
 * Messages never contain secrets such as passwords, tokens or keys.
 */
public class FiksException extends RuntimeException {

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, free of secrets
     */
    public FiksException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, free of secrets
     * @param cause the underlying failure
     */
    public FiksException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Tells whether the same request may succeed if it is sent again later.
     *
     * <p>This says nothing about whether sending it again is safe: only idempotent requests should be repeated.
     *
     * @return {@code true} for transient failures; {@code false} here
     */
    public boolean isRetryable() {
        return false;
    }
}
