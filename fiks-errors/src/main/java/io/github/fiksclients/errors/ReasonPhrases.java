package io.github.fiksclients.errors;

/**
 * The standard reason phrases of the error statuses Fiks services use, for messages that read the same over
 * HTTP/1.1 and HTTP/2 (which sends none), and for the {@code error} field of Fiks error bodies.
 */
public final class ReasonPhrases {

    private ReasonPhrases() {
    }

    /**
     * Names a status.
     *
     * @param status the HTTP status code
     * @param serverReason the phrase the server sent, used for statuses not listed here; may be null or empty
     * @return the reason phrase, or an empty string if there is none
     */
    public static String of(int status, String serverReason) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> serverReason == null ? "" : serverReason.strip();
        };
    }
}
