package io.github.fiksclients.errors;

/** The service failed to handle the request (HTTP 5xx); it may or may not have acted on it. */
public class FiksServerException extends FiksHttpException {

    FiksServerException(HttpFailure failure) {
        super(failure);
    }
}
