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
 * included), and an {@link UnexpectedReceiveFailureException} for anything else thrown on the forsendelse's path. If
 * reporting the failure to SvarInn failed too, that failure is {@linkplain Throwable#getSuppressed() suppressed} in
 * the exception.
 *
 * @param forsendelseId the forsendelse
 * @param exception what went wrong
 * @param failureReported whether SvarInn was told of the failure (not for a failed acknowledgement: the forsendelse
 *     was imported)
 * @param reportedPermanent whether SvarInn was told the failure is permanent, so it sends the forsendelse another
 *     way and no longer offers it (see {@link ReceiveOptions.Builder#permanentFailureAfter(int)})
 * @param failuresOnContent how often the forsendelse has now failed on its own content, this time included, counted
 *     across receives into the same target directory; 0 if this failure does not lie in the forsendelse
 *     ({@link io.github.fiksclients.svarinn.receive.ForsendelseReceiveException#isPermanent()})
 */
public record ReceiveFailure(String forsendelseId, FiksException exception, boolean failureReported,
        boolean reportedPermanent, int failuresOnContent) {

    /**
     * Creates the value; every component is required.
     *
     * @param forsendelseId the forsendelse
     * @param exception what went wrong
     * @param failureReported whether SvarInn was told of the failure
     * @param reportedPermanent whether SvarInn was told the failure is permanent
     * @param failuresOnContent how often the forsendelse has now failed on its own content, 0 or more
     */
    public ReceiveFailure {
        Objects.requireNonNull(forsendelseId, "forsendelseId");
        Objects.requireNonNull(exception, "exception");
        if (reportedPermanent && !failureReported) {
            throw new IllegalArgumentException("a failure reported as permanent is reported");
        }
        if (failuresOnContent < 0) {
            throw new IllegalArgumentException("failuresOnContent must not be negative: " + failuresOnContent);
        }
    }

    /**
     * Creates the value of a failure that was not reported as permanent and does not lie in the forsendelse.
     *
     * @param forsendelseId the forsendelse
     * @param exception what went wrong
     * @param failureReported whether SvarInn was told of the failure
     */
    public ReceiveFailure(String forsendelseId, FiksException exception, boolean failureReported) {
        this(forsendelseId, exception, failureReported, false, 0);
    }
}
