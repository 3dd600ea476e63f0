package io.github.fiksclients.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs the start of a JSON or text request body at {@link HttpLogLevel#BODY}; other bodies are only described.
 *
 * <p>A body is copied only if it can be written again (not one-shot) and is at most 1 MiB, so logging never
 * consumes an upload or holds a large one in memory twice.
 */
final class RequestBodyLogger implements Interceptor {

    private static final long MAX_COPIED_BYTES = 1024 * 1024;

    private final Logger log;

    RequestBodyLogger(Logger log) {
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestBody body = request.body();
        if (body != null && log.isInfoEnabled() && body.contentLength() != 0) {
            log.info("--> body of {} {}: {}", request.method(), request.url().encodedPath(), describe(body));
        }
        return chain.proceed(request);
    }

    private static String describe(RequestBody body) throws IOException {
        long length = body.contentLength();
        if (!HttpLogging.isLoggable(body.contentType())) {
            return "(" + HttpLogging.describe(body.contentType(), length) + ", not logged)";
        }
        if (body.isOneShot() || body.isDuplex() || length < 0 || length > MAX_COPIED_BYTES) {
            return "(" + HttpLogging.describe(body.contentType(), length) + ", not copied for logging)";
        }
        Buffer copy = new Buffer();
        body.writeTo(copy);
        Charset charset = body.contentType().charset(StandardCharsets.UTF_8);
        long shown = Math.min(copy.size(), HttpLogging.MAX_LOGGED_BODY_BYTES);
        String text = copy.readString(shown, charset);
        return shown < length ? text + " ... (first " + shown + " of " + length + " bytes)" : text;
    }
}
