package io.github.fiksclients.svarinn;

import java.util.Objects;

/**
 * Recorded by {@link SvarInnClient#receive} when receiving one forsendelse failed in a way no typed exception
 * describes: a runtime exception or an {@link OutOfMemoryError} somewhere on its path (the download, decryption,
 * unpacking, verification, the handler or the acknowledgement). That forsendelse is not acknowledged and the receive
 * goes on with the next one.
 *
 * <p>The original failure is the {@linkplain #getCause() cause}. It points to a bug, in this client or below it, or
 * to a heap too small for the handler: please report it with the stack trace.
 */
public final class UnexpectedReceiveFailureException extends SvarInnException {

    private static final long serialVersionUID = 1L;

    /** The id of the forsendelse being received. */
    private final String forsendelseId;

    UnexpectedReceiveFailureException(String forsendelseId, String step, Throwable cause) {
        super("Forsendelse " + forsendelseId + ": unexpected " + cause.getClass().getName() + " while " + step
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.forsendelseId = Objects.requireNonNull(forsendelseId, "forsendelseId");
    }

    /**
     * Returns the id of the forsendelse that failed.
     *
     * @return the forsendelse id
     */
    public String forsendelseId() {
        return forsendelseId;
    }
}
