package io.github.fiksclients.errors;

/**
 * The root of every unchecked exception that a Fiks client throws.
 *
 * <p>Catch this to handle any failure of a Fiks call in one place; catch a subclass to act on one kind.
 */
public class FiksException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for humans.
     *
     * @param message what went wrong; must not contain secrets
     */
    public FiksException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message for humans and the failure that caused it.
     *
     * @param message what went wrong; must not contain secrets
     * @param cause the underlying failure
     */
    public FiksException(String message, Throwable cause) {
        super(message, cause);
    }
}
