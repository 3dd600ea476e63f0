package io.github.fiksclients.errors;

import java.io.IOException;
import java.util.Objects;

/**
 * A request failed before a complete response arrived: a timeout, a reset connection, an unknown host.
 *
 * <p>The server may or may not have processed the request.
 */
public class FiksTransportException extends FiksException {

    /** The HTTP method of the failed request. */
    private final String method;
    /** The path of the failed request, without its query. */
    private final String path;

    /**
     * Creates the exception for one failed request.
     *
     * @param method the HTTP method of the request, such as {@code GET}
     * @param path the path of the request URL, without its query
     * @param cause the I/O failure
     */
    public FiksTransportException(String method, String path, IOException cause) {
        super(method + " " + path + " failed before a complete response arrived: " + Failures.describe(cause), cause);
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * The HTTP method of the failed request.
     *
     * @return the method, such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * The path of the failed request.
     *
     * @return the URL path, without its query
     */
    public String path() {
        return path;
    }

    /**
     * Always {@code true}: a transport failure is usually transient.
     *
     * @return {@code true}
     */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
