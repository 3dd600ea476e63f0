package io.github.fiksclients.errors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about one failed HTTP exchange; the shared state of every {@link FiksHttpException}.
 *
 * @param status the HTTP status code
 * @param reason the reason phrase, possibly empty
 * @param method the HTTP method of the request
 * @param path the path of the request URL
 * @param fiksError the parsed Fiks error body, or {@code null}
 * @param bodyExcerpt a bounded, escaped excerpt of the raw body, possibly empty
 * @param retryAfter the delay the server asked for, or {@code null}
 */
record HttpFailure(
        int status,
        String reason,
        String method,
        String path,
        FiksError fiksError,
        String bodyExcerpt,
        Duration retryAfter) {

    private static final int MAX_EXCERPT_IN_MESSAGE = 200;

    /**
     * Builds the exception message, such as
     * {@code 403 Forbidden on PUT /api/x: Not allowed (errorId abc, errorCode X.Y)}.
     *
     * @return the message
     */
    String message() {
        StringBuilder message = new StringBuilder().append(status);
        if (!reason.isEmpty()) {
            message.append(' ').append(reason);
        }
        message.append(" on ").append(method).append(' ').append(path);
        String detail = detail();
        if (!detail.isEmpty()) {
            message.append(": ").append(detail);
        }
        List<String> ids = new ArrayList<>();
        if (fiksError != null && fiksError.errorId() != null) {
            ids.add("errorId " + fiksError.errorId());
        }
        if (fiksError != null && fiksError.errorCode() != null) {
            ids.add("errorCode " + fiksError.errorCode());
        }
        if (!ids.isEmpty()) {
            message.append(" (").append(String.join(", ", ids)).append(')');
        }
        return message.toString();
    }

    private String detail() {
        if (fiksError != null) {
            String text = fiksError.message();
            return text == null || text.isBlank() ? "" : text.strip();
        }
        if (bodyExcerpt.length() <= MAX_EXCERPT_IN_MESSAGE) {
            return bodyExcerpt;
        }
        return bodyExcerpt.substring(0, MAX_EXCERPT_IN_MESSAGE) + "...";
    }
}
