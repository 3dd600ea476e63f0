package io.github.fiksclients.errors;

/** The request conflicts with the current state of the resource (HTTP 409). */
public class FiksConflictException extends FiksHttpException {

    FiksConflictException(HttpFailure failure) {
        super(failure);
    }
}
