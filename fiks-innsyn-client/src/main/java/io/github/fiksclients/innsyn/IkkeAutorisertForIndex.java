package io.github.fiksclients.innsyn;

import io.github.fiksclients.errors.FiksHttpException;
import java.util.Optional;
import java.util.UUID;

/**
 * The details of Innsyn's refusal to index for an organisation (HTTP 403 with error code
 * {@value #ERROR_CODE}): the first integration and Fiks organisation pair that is not authorised.
 *
 * <p>Get it from a failed batch with {@link IndexFailure#ikkeAutorisertForIndex()}, or from any exception with
 * {@link #from(Throwable)}.
 *
 * @param integrasjonId the integration that tried to index
 * @param fiksOrgId the Fiks organisation it may not index for
 */
public record IkkeAutorisertForIndex(String integrasjonId, UUID fiksOrgId) {

    /** The {@code errorCode} of this refusal. */
    public static final String ERROR_CODE = "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX";

    /**
     * Reads the details from an exception, if it is this refusal.
     *
     * @param failure any exception, such as a {@link io.github.fiksclients.errors.FiksForbiddenException}
     * @return the details, or empty if the exception is not an HTTP failure with {@value #ERROR_CODE} and readable
     *     {@code errorJson}
     */
    public static Optional<IkkeAutorisertForIndex> from(Throwable failure) {
        if (failure instanceof FiksHttpException http && ERROR_CODE.equals(http.errorCode())) {
            return http.fiksError().flatMap(error -> error.errorJsonAs(IkkeAutorisertForIndex.class));
        }
        return Optional.empty();
    }
}
