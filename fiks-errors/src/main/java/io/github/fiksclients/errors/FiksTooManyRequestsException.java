package io.github.fiksclients.errors;

/**
 * The service is rate limiting this client (HTTP 429); see {@link #retryAfter()} for how long to wait.
 */
public class FiksTooManyRequestsException extends FiksHttpException {

    FiksTooManyRequestsException(HttpFailure failure) {
        super(failure);
    }
}
