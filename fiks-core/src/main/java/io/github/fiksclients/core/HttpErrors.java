package io.github.fiksclients.core;

import io.github.fiksclients.errors.FiksErrorParser;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksHttpExceptions;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns an OkHttp error response into its typed {@link FiksHttpException}, reading only a bounded body prefix. */
final class HttpErrors {

    private HttpErrors() {
    }

    /**
     * Builds the exception for an error response and closes the response.
     *
     * @param response a response with a 4xx or 5xx status (or any other status the caller treats as an error)
     * @return the exception, typed by status
     */
    static FiksHttpException from(Response response) {
        try (response) {
            return FiksHttpExceptions.of(response.code(), response.message(), response.request().method(),
                    response.request().url().encodedPath(), readPrefix(response.body()),
                    response.header("Retry-After"));
        }
    }

    /**
     * Reads at most {@link FiksErrorParser#MAX_BODY_BYTES} of a body and closes it; never throws.
     *
     * <p>If reading fails part way, the bytes read until then are returned: an error body cut short is still
     * worth reporting.
     *
     * @param body the body to read; may be null
     * @return the first bytes of the body, possibly none
     */
    static byte[] readPrefix(ResponseBody body) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            BufferedSource source = body.source();
            try {
                source.request(FiksErrorParser.MAX_BODY_BYTES);
            } catch (IOException e) {
                // Keep what arrived before the failure.
            }
            Buffer buffer = source.getBuffer();
            return buffer.readByteArray(Math.min(buffer.size(), FiksErrorParser.MAX_BODY_BYTES));
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }
}
