package io.github.fiksclients.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;

/**
 * Logs the start of a JSON or text response body at {@link HttpLogLevel#BODY}; other bodies are only described.
 *
 * <p>It peeks at most 8 KiB and leaves the body unread for the caller, so a streamed download is neither consumed
 * nor buffered. If that peek fails (a stall, a dropped connection), the failure is the call's: it is thrown from here,
 * so the caller (and the retry policy) see the real cause rather than the closed socket it leaves behind.
 */
final class ResponseBodyLogger implements Interceptor {

    private final Logger log;

    ResponseBodyLogger(Logger log) {
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        if (log.isInfoEnabled() && response.body().contentLength() != 0) {
            String description;
            try {
                description = describe(response);
            } catch (IOException e) {
                response.close();
                throw e;
            }
            log.info("<-- body of {} {} {}: {}", response.code(), request.method(), request.url().encodedPath(),
                    description);
        }
        return response;
    }

    private static String describe(Response response) throws IOException {
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        long length = body.contentLength();
        if (!HttpLogging.isLoggable(type)) {
            return "(" + HttpLogging.describe(type, length) + ", not logged)";
        }
        byte[] start = response.peekBody(HttpLogging.MAX_LOGGED_BODY_BYTES).bytes();
        Charset charset = type.charset(StandardCharsets.UTF_8);
        String text = new String(start, charset);
        return start.length == HttpLogging.MAX_LOGGED_BODY_BYTES && length != start.length
                ? text + " ... (first " + start.length + " bytes)"
                : text;
    }
}
