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

    /** The id of the forsendelse that was not received. */
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
     * Tells whether the forsendelse itself, as SvarInn serves it, is at fault, so that receiving it again would fail
     * the same way: damaged, unsupported or inconsistent content or metadata, as opposed to the network, this
     * receiving system's disk or configuration. {@link io.github.fiksclients.svarinn.SvarInnClient#receive} counts
     * such failures across runs and reports a forsendelse that keeps failing so to SvarInn as permanently failed
     * (see {@link io.github.fiksclients.svarinn.ReceiveOptions.Builder#permanentFailureAfter(int)}).
     *
     * @return {@code false} here; {@code true} in the subclasses and reasons that say so
     */
    public boolean isPermanent() {
        return false;
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
