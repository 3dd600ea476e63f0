package io.github.fiksclients.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * A Fiks service answered with an HTTP error status (4xx or 5xx).
 *
 * <p>The common statuses have their own subclasses, such as {@link FiksNotFoundException}; other statuses
 * arrive as this class. Instances are created by {@link FiksHttpExceptions}.
 */
public class FiksHttpException extends FiksException {

    /** The failed exchange: status, request and the parsed error body. */
    private final HttpFailure failure;

    FiksHttpException(HttpFailure failure) {
        super(failure.message());
        this.failure = failure;
    }

    /**
     * The HTTP status code of the response.
     *
     * @return the status, such as {@code 403}
     */
    public int status() {
        return failure.status();
    }

    /**
     * The Fiks error body of the response, when the body was one.
     *
     * @return the parsed error, or empty for an empty, non-JSON or otherwise shaped body
     */
    public Optional<FiksError> fiksError() {
        return Optional.ofNullable(failure.fiksError());
    }

    /**
     * The start of the raw response body, for diagnosis when the body was not a Fiks error.
     *
     * <p>At most about 1 KiB, decoded as UTF-8 with unreadable bytes replaced and control characters escaped.
     *
     * @return the excerpt, empty if the body was empty
     */
    public String bodyExcerpt() {
        return failure.bodyExcerpt();
    }

    /**
     * The HTTP method of the failed request.
     *
     * @return the method, such as {@code PUT}
     */
    public String method() {
        return failure.method();
    }

    /**
     * The path of the failed request.
     *
     * @return the URL path, without its query
     */
    public String path() {
        return failure.path();
    }

    /**
     * The identifier KS support can use to find this error in their logs.
     *
     * @return the error id from the Fiks error body, or {@code null} if there was none
     */
    public String errorId() {
        return failure.fiksError() == null ? null : failure.fiksError().errorId();
    }

    /**
     * The machine-readable code of the error, such as {@code INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX}.
     *
     * @return the error code from the Fiks error body, or {@code null} if there was none
     */
    public String errorCode() {
        return failure.fiksError() == null ? null : failure.fiksError().errorCode();
    }

    /**
     * How long the server asked the client to wait before trying again, from its {@code Retry-After} header.
     *
     * @return the delay, or empty if the response had no readable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(failure.retryAfter());
    }

    /**
     * Tells whether the status is transient: 408, 429, and 5xx except 501 and 505.
     *
     * @return {@code true} if the request may succeed later
     */
    @Override
    public boolean isRetryable() {
        return FiksHttpExceptions.isRetryableStatus(failure.status());
    }
}
