package io.github.fiksclients.errors;

/** The credentials were accepted but do not allow this request (HTTP 403). */
public class FiksForbiddenException extends FiksHttpException {

    FiksForbiddenException(HttpFailure failure) {
        super(failure);
    }
}
