package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;

/**
 * The root of every exception that the SvarInn client throws.
 *
 * <p>Catch this to handle any SvarInn failure in one place; catch a subclass to act on one kind.
 */
public class SvarInnException extends FiksException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for humans.
     *
     * @param message what went wrong; must not contain secrets
     */
    public SvarInnException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message for humans and the failure that caused it.
     *
     * @param message what went wrong; must not contain secrets
     * @param cause the underlying failure
     */
    public SvarInnException(String message, Throwable cause) {
        super(message, cause);
    }
}
