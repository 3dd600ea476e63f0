package io.github.fiksclients.core;

/**
 * A response body arrived whole but could not be decoded (empty where JSON was expected, malformed, a number that
 * does not fit, a value of the wrong JSON type). Thrown by our converters so that a decoding failure is never
 * mistaken for a transport failure, which would be retryable; {@link RetrofitFiksCall} turns it into a
 * {@link io.github.fiksclients.errors.FiksUnreadableResponseException}.
 */
final class UndecodableBodyException extends RuntimeException {

    UndecodableBodyException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
