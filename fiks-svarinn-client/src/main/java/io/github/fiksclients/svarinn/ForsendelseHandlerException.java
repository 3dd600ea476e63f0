package io.github.fiksclients.svarinn;

import java.util.Objects;

/**
 * Thrown, and recorded by {@link SvarInnClient#receive}, when the caller's {@link ForsendelseHandler} failed: the
 * forsendelse was received and verified but not imported, so it was not acknowledged.
 *
 * <p>The handler's own exception is the {@linkplain #getCause() cause}.
 */
public final class ForsendelseHandlerException extends SvarInnException {

    private static final long serialVersionUID = 1L;

    /** The id of the forsendelse the handler failed on. */
    private final String forsendelseId;

    ForsendelseHandlerException(String forsendelseId, Throwable cause) {
        super("Forsendelse " + forsendelseId + ": the handler failed: " + cause, cause);
        this.forsendelseId = Objects.requireNonNull(forsendelseId, "forsendelseId");
    }

    /**
     * Returns the id of the forsendelse the handler failed on.
     *
     * @return the forsendelse id
     */
    public String forsendelseId() {
        return forsendelseId;
    }
}
