package io.github.fiksclients.errors;

import java.util.Objects;

/**
 * A successful response arrived but its body could not be read as the expected type, such as malformed JSON.
 */
public class FiksUnreadableResponseException extends FiksException {

    private final String method;
    private final String path;

    /**
     * Creates the exception for one response that could not be read.
     *
     * @param method the HTTP method of the request, such as {@code GET}
     * @param path the path of the request URL, without its query
     * @param cause the parse failure
     */
    public FiksUnreadableResponseException(String method, String path, Exception cause) {
        super("Could not read the response to " + method + " " + path + ": " + Failures.describe(cause), cause);
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * The HTTP method of the request.
     *
     * @return the method, such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * The path of the request.
     *
     * @return the URL path, without its query
     */
    public String path() {
        return path;
    }
}
