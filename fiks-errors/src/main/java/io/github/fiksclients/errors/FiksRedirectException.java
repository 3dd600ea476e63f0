package io.github.fiksclients.errors;

import java.util.Objects;

/**
 * The server answered with a redirect that the client does not follow, and nothing was sent to where it pointed.
 *
 * <p>A Fiks client follows a redirect only within the origin of the request (the same scheme, host and port), so
 * its credentials never leave it; a redirect to another host or port, or from https to http, ends the call with
 * this exception, as does a redirect whose {@code Location} is unusable or a chain of too many. The target is named
 * by its origin alone: its path and query, which may carry tokens, are left out. Not retryable: the same request
 * gets the same answer.
 */
public class FiksRedirectException extends FiksException {

    /** The HTTP method of the redirected request. */
    private final String method;
    /** The path of the redirected request, without its query. */
    private final String path;
    /** The redirect's HTTP status. */
    private final int status;
    /** The origin the redirect pointed to, or a description if it has none. */
    private final String target;

    /**
     * Creates the exception for a redirect that was not followed.
     *
     * @param method the HTTP method of the redirected request, such as {@code GET}
     * @param path the path of the redirected request, without its query
     * @param status the redirect's status, such as 302
     * @param target the origin the redirect pointed to, such as {@code https://files.example.org:443}, or a
     *     description if it has none
     * @param reason why it was not followed, free of secrets
     */
    public FiksRedirectException(String method, String path, int status, String target, String reason) {
        super(method + " " + path + " was redirected (HTTP " + status + ") to " + target + ": " + reason);
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.status = status;
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * The HTTP method of the redirected request.
     *
     * @return the method, such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * The path of the redirected request.
     *
     * @return the path, without its query
     */
    public String path() {
        return path;
    }

    /**
     * The status of the redirect.
     *
     * @return a 3xx status, such as 302
     */
    public int status() {
        return status;
    }

    /**
     * Where the redirect pointed, reduced to its origin.
     *
     * @return for example {@code https://files.example.org:443}
     */
    public String target() {
        return target;
    }
}
