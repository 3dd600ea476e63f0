package io.github.fiksclients.core;

import java.util.Objects;
import okhttp3.Headers;

/**
 * A 2xx response of a Fiks API operation: its status, headers and decoded body. Immutable.
 *
 * @param <T> the type of the decoded body
 */
public final class FiksResponse<T> {

    private final int status;
    private final Headers headers;
    private final T body;

    FiksResponse(int status, Headers headers, T body) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
    }

    /**
     * The HTTP status.
     *
     * @return a status from 200 to 299
     */
    public int status() {
        return status;
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * The decoded body.
     *
     * @return the body; {@code null} for 204, 205 or a {@code Void} body
     */
    public T body() {
        return body;
    }

    @Override
    public String toString() {
        return "FiksResponse{status=" + status + "}";
    }
}
