package io.github.fiksclients.core;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own, so that only the {@link RetryPolicy} decides what is repeated.
 *
 * <p>OkHttp sends a request a second time, whatever its method, when the answer is 503 with
 * {@code Retry-After: 0}; {@code retryOnConnectionFailure(false)} does not stop that. As a network interceptor this
 * sees the answer first and writes the same zero delay as an HTTP-date (the moment it arrived), which means the same
 * to {@link io.github.fiksclients.errors.RetryAfter} and which OkHttp does not act on.
 */
final class NoSilentRetryInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 503 || !isZeroSeconds(response.header("Retry-After"))) {
            return response;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return response.newBuilder()
                .header("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
                .build();
    }

    private static boolean isZeroSeconds(String retryAfter) {
        return retryAfter != null && !retryAfter.isEmpty() && retryAfter.chars().allMatch(c -> c == '0');
    }
}
