package io.github.fiksclients.errors;

/** Short descriptions of underlying failures for exception messages. */
final class Failures {

    private Failures() {
    }

    /**
     * Names a failure by its class and, when it has one, its message.
     *
     * @param failure the failure to describe
     * @return for example {@code java.net.SocketTimeoutException: timeout}
     */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String type = failure.getClass().getName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
