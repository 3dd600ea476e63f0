package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.svarinn.SvarInnException;

/**
 * The common type of every failure to turn a downloaded forsendelse into verified files.
 *
 * <p>When one of these is thrown, nothing of the forsendelse has been left in the target directory, and the
 * forsendelse must not be acknowledged. The message names the forsendelse, and the file where one is
 * concerned; it never contains key material.
 */
public abstract class ForsendelseReceiveException extends SvarInnException {

    private static final long serialVersionUID = 1L;

    private final String forsendelseId;

    /**
     * Creates the exception for one forsendelse.
     *
     * @param forsendelseId the forsendelse that could not be received
     * @param message what went wrong, without the forsendelse id (it is prepended)
     * @param cause the underlying failure, or {@code null}
     */
    protected ForsendelseReceiveException(String forsendelseId, String message, Throwable cause) {
        super("Forsendelse " + forsendelseId + ": " + message, cause);
        this.forsendelseId = forsendelseId;
    }

    /**
     * Returns the id of the forsendelse that could not be received.
     *
     * @return the forsendelse id
     */
    public String forsendelseId() {
        return forsendelseId;
    }
}
