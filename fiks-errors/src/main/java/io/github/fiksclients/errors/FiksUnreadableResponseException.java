package io.github.fiksclients.errors;

/**
 * A successful response arrived but its body could not be read as the expected type, such as malformed JSON.
 *
 * <p>The message names the request, such as {@code Could not read the response to GET /api/x: ...}.
 */
public class FiksUnreadableResponseException extends FiksException {

    /**
     * Creates the exception for one response that could not be read.
     *
     * @param method the HTTP method of the request, such as {@code GET}
     * @param path the path of the request URL, without its query
     * @param cause the parse failure
     */
    public FiksUnreadableResponseException(String method, String path, Exception cause) {
        super("Could not read the response to " + method + " " + path + ": " + Failures.describe(cause), cause);
    }
}
