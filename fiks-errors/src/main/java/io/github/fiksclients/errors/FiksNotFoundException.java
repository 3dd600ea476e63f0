package io.github.fiksclients.errors;

/** The requested resource does not exist (HTTP 404). */
public class FiksNotFoundException extends FiksHttpException {

    FiksNotFoundException(HttpFailure failure) {
        super(failure);
    }
}
