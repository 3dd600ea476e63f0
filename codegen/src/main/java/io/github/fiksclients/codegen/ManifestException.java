package io.github.fiksclients.codegen;

/** {@code specs/specs.json} cannot be read, or says something the build cannot use; the message says where and what to fix. */
public final class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public ManifestException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
