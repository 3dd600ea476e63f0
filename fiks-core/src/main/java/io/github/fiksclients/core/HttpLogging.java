package io.github.fiksclients.core;

import io.github.fiksclients.auth.FiksHeaders;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the logging interceptors for an {@link HttpLogLevel}: OkHttp's {@link HttpLoggingInterceptor} for lines
 * and headers, with secret headers redacted, and our own bounded body loggers instead of its BODY level, which
 * would read whole bodies (and so buffer a streamed download) into memory.
 */
final class HttpLogging {

    /** The most bytes of one body that are logged. */
    static final int MAX_LOGGED_BODY_BYTES = 8 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);

    private HttpLogging() {
    }

    /**
     * The interceptors for a level, in chain order.
     *
     * @param level how much to log
     * @return the interceptors; none for {@link HttpLogLevel#NONE}
     */
    static List<Interceptor> interceptors(HttpLogLevel level) {
        return switch (level) {
            case NONE -> List.of();
            case BASIC -> List.of(okHttpLogger(HttpLoggingInterceptor.Level.BASIC));
            case HEADERS -> List.of(okHttpLogger(HttpLoggingInterceptor.Level.HEADERS));
            case BODY -> List.of(
                    new ResponseBodyLogger(LOG),
                    okHttpLogger(HttpLoggingInterceptor.Level.HEADERS),
                    new RequestBodyLogger(LOG));
        };
    }

    private static HttpLoggingInterceptor okHttpLogger(HttpLoggingInterceptor.Level level) {
        HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(LOG::info);
        interceptor.setLevel(level);
        FiksHeaders.sensitive().forEach(interceptor::redactHeader);
        return interceptor;
    }

    /**
     * Describes a body that is not logged.
     *
     * @param type its content type; may be null
     * @param length its length, or -1 if unknown
     * @return for example {@code application/zip, 2048 bytes}
     */
    static String describe(MediaType type, long length) {
        return (type == null ? "no content type" : type.toString()) + ", "
                + (length < 0 ? "unknown size" : length + " bytes");
    }

    /**
     * Tells whether a body of this type may be logged: JSON ({@code application/json}, {@code +json}) or text.
     *
     * @param type the body's content type; may be null
     * @return {@code true} for JSON and text
     */
    static boolean isLoggable(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.subtype().toLowerCase(java.util.Locale.ROOT);
        return type.type().equalsIgnoreCase("text") || subtype.equals("json") || subtype.endsWith("+json");
    }
}
