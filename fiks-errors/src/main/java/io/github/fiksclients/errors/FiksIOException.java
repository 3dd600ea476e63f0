package io.github.fiksclients.errors;

import java.io.IOException;
import java.util.Objects;

/**
 * Carries a {@link FiksException} through OkHttp's interceptor chain, which only lets {@link IOException}s pass.
 *
 * <p>Interceptors (authentication, retries) throw this; the runtime unwraps it at the edge, so callers see the
 * {@link #fiksException()} itself.
 */
public final class FiksIOException extends IOException {

    /** The carried exception, to throw at the edge of the chain. */
    private final FiksException fiksException;

    /**
     * Wraps a Fiks exception so it can leave an interceptor.
     *
     * @param fiksException the exception to carry
     */
    public FiksIOException(FiksException fiksException) {
        super(Objects.requireNonNull(fiksException, "fiksException").getMessage(), fiksException);
        this.fiksException = fiksException;
    }

    /**
     * The carried exception, to throw at the edge of the chain.
     *
     * @return the wrapped exception
     */
    public FiksException fiksException() {
        return fiksException;
    }
}
