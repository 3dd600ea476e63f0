package io.github.fiksclients.core;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksHttpExceptions;
import io.github.fiksclients.errors.FiksIOException;
import io.github.fiksclients.errors.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats requests after transient failures, as its {@link RetryPolicy} says.
 *
 * <p>It sits before authentication in the chain, so each attempt is authenticated (and logged) anew. An idempotent
 * request is repeated after an I/O failure or a retryable status. A failure raised by our own interceptors
 * ({@link FiksIOException}) happens before the request is sent: it is repeated, for any request, only if the
 * exception it carries is {@linkplain io.github.fiksclients.errors.FiksException#isRetryable() retryable}, such as a
 * token endpoint that is temporarily unavailable, after the wait the failure asks for
 * ({@link FiksAuthenticationException#retryAfter()}) if it does; a refused token is never repeated. A wait before a
 * retry ends early when the call is canceled or its {@code callTimeout} passes. The response handed on is
 * always the last attempt's, so a caller never reads a body that is later replaced.
 */
final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);

    /** How often a wait before a retry checks whether the call was canceled or timed out. */
    private static final long WAKE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final RetryPolicy policy;

    RetryInterceptor(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (policy.maxAttempts() <= 1) {
            return chain.proceed(request);
        }
        boolean idempotent = policy.mayRetry(request);
        RetryBudget budget = policy.newBudget();
        while (true) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (FiksIOException e) {
                FiksException carried = e.fiksException();
                retryOrThrow(chain, budget, e, carried.isRetryable(), carried.getClass().getName(),
                        carried instanceof FiksAuthenticationException auth ? auth.retryAfter() : Optional.empty());
                continue;
            } catch (IOException e) {
                retryOrThrow(chain, budget, e, idempotent, e.getClass().getName(), Optional.empty());
                continue;
            }
            if (!idempotent || !FiksHttpExceptions.isRetryableStatus(response.code())) {
                return response;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
            Optional<Duration> delay = budget.nextDelay(retryAfter);
            if (delay.isEmpty()) {
                return response;
            }
            response.close();
            waitToRetry(chain, budget, delay.get(), "HTTP " + response.code());
        }
    }

    /** Waits before the next attempt after a failure, or throws it if there is to be none. */
    private void retryOrThrow(Chain chain, RetryBudget budget, IOException failure, boolean retryable,
            String reason, Optional<Duration> retryAfter) throws IOException {
        if (!retryable || chain.call().isCanceled()) {
            throw failure;
        }
        Optional<Duration> delay = budget.nextDelay(retryAfter);
        if (delay.isEmpty()) {
            throw failure;
        }
        waitToRetry(chain, budget, delay.get(), reason);
    }

    private void waitToRetry(Chain chain, RetryBudget budget, Duration delay, String reason) throws IOException {
        Request request = chain.request();
        LOG.info("Retrying {} {} in {} ms after {} (attempt {} of {} failed)", request.method(),
                request.url().encodedPath(), delay.toMillis(), reason, budget.failedAttempts(), policy.maxAttempts());
        try {
            long end = System.nanoTime() + delay.toNanos();
            for (long left = delay.toNanos(); left > 0 && !chain.call().isCanceled(); left = end - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, WAKE_NANOS));
            }
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
