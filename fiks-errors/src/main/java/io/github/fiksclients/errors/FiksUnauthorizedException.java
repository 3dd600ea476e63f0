package io.github.fiksclients.errors;

/** The service did not accept the credentials of the request (HTTP 401). */
public class FiksUnauthorizedException extends FiksHttpException {

    FiksUnauthorizedException(HttpFailure failure) {
        super(failure);
    }
}
