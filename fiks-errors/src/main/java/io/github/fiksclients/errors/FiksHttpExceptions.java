package io.github.fiksclients.errors;

import java.time.Instant;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns an HTTP error response into the matching {@link FiksHttpException} subclass. */
public final class FiksHttpExceptions {

    private FiksHttpExceptions() {
    }

    /**
     * Builds the exception for a raw OkHttp error response, reading a bounded prefix of its body and closing it.
     *
     * @param response an error response (status 4xx or 5xx)
     * @return the exception, typed by status
     */
    public static FiksHttpException from(Response response) {
        Objects.requireNonNull(response, "response");
        return create(response.request(), response.code(), response.message(), response.headers(), response.body());
    }

    /**
     * Builds the exception for a Retrofit error response, reading a bounded prefix of its error body and closing it.
     *
     * @param response an unsuccessful Retrofit response
     * @return the exception, typed by status
     */
    public static FiksHttpException from(retrofit2.Response<?> response) {
        Objects.requireNonNull(response, "response");
        Response raw = response.raw();
        return create(raw.request(), raw.code(), raw.message(), raw.headers(), response.errorBody());
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

    private static FiksHttpException create(
            Request request, int status, String serverReason, Headers headers, ResponseBody body) {
        byte[] prefix = FiksErrorParser.readPrefix(body);
        HttpFailure failure = new HttpFailure(
                status,
                ReasonPhrases.of(status, serverReason),
                request.method(),
                request.url().encodedPath(),
                FiksErrorParser.parse(prefix).orElse(null),
                FiksErrorParser.excerpt(prefix),
                RetryAfter.parse(headers.get("Retry-After"), Instant.now()).orElse(null));
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
}
