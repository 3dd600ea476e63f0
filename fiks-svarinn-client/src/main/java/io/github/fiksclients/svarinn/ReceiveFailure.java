package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;
import java.util.Objects;

/**
 * One forsendelse that {@link SvarInnClient#receive} did not acknowledge, and why.
 *
 * <p>The exception is a {@link io.github.fiksclients.svarinn.receive.ForsendelseReceiveException} subclass when the
 * forsendelse could not be turned into verified files (its metadata, decryption, the archive, verification, limits,
 * storage), a {@link io.github.fiksclients.errors.FiksHttpException} or
 * {@link io.github.fiksclients.errors.FiksTransportException} when the download or the acknowledgement failed, a
 * {@link ForsendelseHandlerException} when the handler failed (whatever it threw, an {@link OutOfMemoryError}
 * included), and an {@link UnexpectedReceiveFailureException} for anything else thrown on the forsendelse's path. If reporting the failure to SvarInn failed too,
 * that failure is {@linkplain Throwable#getSuppressed() suppressed} in the exception.
 *
 * @param forsendelseId the forsendelse
 * @param exception what went wrong
 * @param failureReported whether SvarInn was told of the failure (not for a failed acknowledgement: the forsendelse
 *     was imported)
 */
public record ReceiveFailure(String forsendelseId, FiksException exception, boolean failureReported) {

    /**
     * Creates the value; every component is required.
     *
     * @param forsendelseId the forsendelse
     * @param exception what went wrong
     * @param failureReported whether SvarInn was told of the failure
     */
    public ReceiveFailure {
        Objects.requireNonNull(forsendelseId, "forsendelseId");
        Objects.requireNonNull(exception, "exception");
    }
}
