package io.github.fiksclients.errors;

import java.time.Instant;
import java.util.Objects;


/**
 * Turns the facts of an HTTP error response into the matching {@link FiksHttpException} subclass.
 *
 * <p>This is pure: it knows no HTTP library. The runtime reads a bounded prefix of the response body and hands the
 * facts here, so every client maps statuses to exceptions the same way.
 */
public final class FiksHttpExceptions {

    private FiksHttpExceptions() {
    }

    /**
     * Builds the exception for one error response.
     *
     * @param status the HTTP status code, 4xx or 5xx
     * @param serverReason the reason phrase the server sent, possibly empty or null (HTTP/2 sends none); the
     *     standard phrase for the status is used then
     * @param method the HTTP method of the request, such as {@code GET}
     * @param path the path of the request URL, without its query
     * @param bodyPrefix the first bytes of the response body (see {@link FiksErrorParser#MAX_BODY_BYTES}); may be
     *     null or empty
     * @param retryAfter the value of the {@code Retry-After} header, or null
     * @return the exception, typed by status
     */
    public static FiksHttpException of(int status, String serverReason, String method, String path, byte[] bodyPrefix,
            String retryAfter) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        HttpFailure failure = new HttpFailure(
                status,
                ReasonPhrases.of(status, serverReason == null ? "" : serverReason),
                method,
                path,
                FiksErrorParser.parse(bodyPrefix).orElse(null),
                FiksErrorParser.excerpt(bodyPrefix),
                RetryAfter.parse(retryAfter, Instant.now()).orElse(null));
        return switch (status) {
            case 400 -> new FiksBadRequestException(failure);
            case 401 -> new FiksUnauthorizedException(failure);
            case 403 -> new FiksForbiddenException(failure);
            case 404 -> new FiksNotFoundException(failure);
            case 409 -> new FiksConflictException(failure);
            case 422 -> new FiksUnprocessableEntityException(failure);
            case 429 -> new FiksTooManyRequestsException(failure);
            default -> status >= 500 && status <= 599
                    ? new FiksServerException(failure)
                    : new FiksHttpException(failure);
        };
    }

    /**
     * Tells whether a status is worth retrying: 408, 429, and 5xx except 501 (not implemented) and 505.
     *
     * @param status an HTTP status code
     * @return {@code true} if a later attempt may succeed
     */
    public static boolean isRetryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }
}
