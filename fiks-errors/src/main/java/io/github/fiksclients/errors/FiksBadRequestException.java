package io.github.fiksclients.errors;

/** The service rejected the request as malformed or invalid (HTTP 400). */
public class FiksBadRequestException extends FiksHttpException {

    FiksBadRequestException(HttpFailure failure) {
        super(failure);
    }
}
