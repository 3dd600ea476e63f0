package io.github.fiksclients.testkit;

import com.google.gson.JsonObject;

/** A request the simulator refuses; the router turns it into a Fiks error body with this status. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final transient JsonObject errorJson;

    ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, null);
    }

    ApiException(int status, String errorCode, String message, JsonObject errorJson) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.errorJson = errorJson;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, SimulatorErrorCodes.BAD_REQUEST, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, SimulatorErrorCodes.NOT_FOUND, message);
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, SimulatorErrorCodes.UNAUTHORIZED, message);
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    JsonObject errorJson() {
        return errorJson;
    }
}
