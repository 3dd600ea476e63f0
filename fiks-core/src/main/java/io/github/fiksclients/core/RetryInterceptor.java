package io.github.fiksclients.core;

import io.github.fiksclients.errors.FiksHttpExceptions;
import io.github.fiksclients.errors.FiksIOException;
import io.github.fiksclients.errors.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats idempotent requests after transient failures, as its {@link RetryPolicy} says.
 *
 * <p>It sits before authentication in the chain, so each attempt is authenticated (and logged) anew. A failure
 * raised by our own interceptors ({@link FiksIOException}, such as a refused token) is never retried. The response
 * handed on is always the last attempt's, so a caller never reads a body that is later replaced.
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);

    private final RetryPolicy policy;

    RetryInterceptor(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!policy.mayRetry(request)) {
            return chain.proceed(request);
        }
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (FiksIOException e) {
                throw e;
            } catch (IOException e) {
                Optional<Duration> delay = chain.call().isCanceled()
                        ? Optional.empty()
                        : delayBeforeRetry(attempt, start, Optional.empty());
                if (delay.isEmpty()) {
                    throw e;
                }
                waitToRetry(chain, request, attempt, delay.get(), e.getClass().getName());
                continue;
            }
            if (!FiksHttpExceptions.isRetryableStatus(response.code())) {
                return response;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
            Optional<Duration> delay = delayBeforeRetry(attempt, start, retryAfter);
            if (delay.isEmpty()) {
                return response;
            }
            response.close();
            waitToRetry(chain, request, attempt, delay.get(), "HTTP " + response.code());
        }
    }

    /** The wait before the next attempt, or empty if there is no next attempt within the policy's bounds. */
    private Optional<Duration> delayBeforeRetry(int attempt, long start, Optional<Duration> retryAfter) {
        if (attempt >= policy.maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = retryAfter.orElseGet(() -> policy.backoff(attempt));
        Duration remaining = policy.maxElapsed().minusNanos(System.nanoTime() - start);
        return delay.compareTo(remaining) > 0 ? Optional.empty() : Optional.of(delay);
    }

    private void waitToRetry(Chain chain, Request request, int attempt, Duration delay, String reason)
            throws IOException {
        LOG.info("Retrying {} {} in {} ms after {} (attempt {} of {} failed)", request.method(),
                request.url().encodedPath(), delay.toMillis(), reason, attempt, policy.maxAttempts());
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry " + request.method() + " "
                    + request.url().encodedPath());
        }
        if (chain.call().isCanceled()) {
            throw new IOException("Canceled while waiting to retry " + request.method() + " " + request.url().encodedPath());
        }
    }
}
