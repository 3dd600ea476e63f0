package io.github.fiksclients.errors;

/** The request was well-formed but its content was rejected (HTTP 422). */
public class FiksUnprocessableEntityException extends FiksHttpException {

    FiksUnprocessableEntityException(HttpFailure failure) {
        super(failure);
    }
}
