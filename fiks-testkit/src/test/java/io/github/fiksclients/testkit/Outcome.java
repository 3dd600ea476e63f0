package io.github.fiksclients.testkit;

import io.github.fiksclients.core.FiksCall;
import io.github.fiksclients.core.FiksResponse;
import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.errors.FiksHttpException;

/**
 * What one call to the simulator came back with, success or HTTP error alike, so a test can assert on the status
 * the simulator chose.
 *
 * @param <T> the body type
 * @param code the HTTP status
 * @param body the decoded body of a 2xx response, else null
 * @param error the typed exception of an error response, else null
 */
record Outcome<T>(int code, T body, FiksHttpException error) {

    /** Executes a call and keeps its outcome. */
    static <T> Outcome<T> of(FiksCall<T> call) {
        try {
            FiksResponse<T> response = call.executeForResponse();
            return new Outcome<>(response.status(), response.body(), null);
        } catch (FiksHttpException e) {
            return new Outcome<>(e.status(), null, e);
        }
    }

    /** The Fiks error body of an error response. */
    FiksError fiksError() {
        return error.fiksError().orElseThrow();
    }
}
