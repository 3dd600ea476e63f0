package io.github.fiksclients.core;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Invocation;

/**
 * When and how a {@link FiksClient} repeats a failed request.
 *
 * <p>Only idempotent requests are retried: {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE} and
 * {@code OPTIONS}, the operations the service manifest declares safe to repeat (such as a {@code POST} search or
 * receipt; see {@link ApiDescriptor#isIdempotent}), and raw requests tagged {@link Idempotent}. A request whose
 * body can be written only once ({@code isOneShot()}) or whose length is unknown ({@code contentLength() == -1},
 * as for a stream) is never retried, whatever its method, unless it is tagged {@link ReplayableBody} (a duplex
 * body never is). Retries follow an I/O failure or a status of 408, 429, or 5xx except 501 and 505, after an
 * exponential backoff with full jitter, or after the server's {@code Retry-After} when it sends one, as long as
 * the total time stays within {@link #maxElapsed()}: a wait that would end later is not started, and the last
 * failure is thrown at once. A
 * failure to get credentials that may pass by itself (a
 * {@linkplain io.github.fiksclients.errors.FiksAuthenticationException#isRetryable() retryable}
 * {@code FiksAuthenticationException}, such as a token endpoint answering 503) is retried for any request, since
 * nothing was sent. Instances are immutable.
 */
public final class RetryPolicy {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxElapsed;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxElapsed = builder.maxElapsed;
    }

    /**
     * Starts a policy from the defaults: 3 attempts, 200 ms initial backoff, 10 s maximum backoff, 60 s in all.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default policy: 3 attempts, 200 ms initial backoff, 10 s maximum backoff, 60 s in all.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy that never retries: every request is sent once.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Returns a builder that starts from this policy.
     *
     * @return a builder with this policy's settings
     */
    public Builder toBuilder() {
        return builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .maxElapsed(maxElapsed);
    }

    /**
     * How many times a request is sent at most, the first time included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The upper bound of the first backoff; each later one doubles, up to {@link #maxBackoff()}.
     *
     * @return the initial backoff
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * The upper bound of any one backoff.
     *
     * @return the maximum backoff
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The total time after the first attempt started within which retries may start; a wait that would end later,
     * including one the server asked for with {@code Retry-After}, ends the retries.
     *
     * @return the total time bound
     */
    public Duration maxElapsed() {
        return maxElapsed;
    }

    /**
     * Starts counting the attempts and time of one operation under this policy, for code that repeats a whole
     * operation itself, such as a download restarted from the beginning.
     *
     * @return a fresh budget, its clock started now
     */
    public RetryBudget newBudget() {
        return new RetryBudget(this);
    }

    /**
     * Tells whether a request may be sent more than once: it is idempotent and its body can be written again.
     *
     * @param request the request
     * @return {@code true} if this policy may retry it
     */
    boolean mayRetry(Request request) {
        if (maxAttempts <= 1 || !isReplayable(request)) {
            return false;
        }
        if (IDEMPOTENT_METHODS.contains(request.method()) || request.tag(Idempotent.class) != null) {
            return true;
        }
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && ApiDescriptor.of(invocation.method().getDeclaringClass())
                .map(descriptor -> descriptor.isIdempotent(invocation.method()))
                .orElse(false);
    }

    /**
     * Tells whether a request's body can be written again: there is none; or it is not duplex and either the caller
     * tagged it {@link ReplayableBody}, or it can be written more than once and knows its length.
     */
    private static boolean isReplayable(Request request) {
        RequestBody body = request.body();
        if (body == null) {
            return true;
        }
        if (body.isDuplex()) {
            return false;
        }
        return request.tag(ReplayableBody.class) != null || (!body.isOneShot() && hasKnownLength(body));
    }

    private static boolean hasKnownLength(RequestBody body) {
        try {
            return body.contentLength() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Draws the backoff before a retry: a random duration up to {@code initialBackoff * 2^(attempt - 1)}, capped at
     * {@link #maxBackoff()} (full jitter).
     *
     * @param attempt the attempt that just failed, from 1
     * @return the backoff
     */
    Duration backoff(int attempt) {
        long initial = initialBackoff.toNanos();
        long ceiling = attempt - 1 >= Long.numberOfLeadingZeros(initial) - 1
                ? maxBackoff.toNanos()
                : Math.min(maxBackoff.toNanos(), initial << (attempt - 1));
        return Duration.ofNanos(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxElapsed=" + maxElapsed + "}";
    }

    /** Collects the settings of a {@link RetryPolicy}; validated in {@link #build()}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxElapsed = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * Sets how many times a request is sent at most, the first time included.
         *
         * @param maxAttempts at least 1; 1 means no retries
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the upper bound of the first backoff.
         *
         * @param initialBackoff zero or more
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the upper bound of any one backoff.
         *
         * @param maxBackoff zero or more, and at least the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets the total time within which retries may start.
         *
         * @param maxElapsed zero or more
         * @return this builder
         */
        public Builder maxElapsed(Duration maxElapsed) {
            this.maxElapsed = Objects.requireNonNull(maxElapsed, "maxElapsed");
            return this;
        }

        /**
         * Checks the settings and creates the policy.
         *
         * @return the policy
         * @throws IllegalStateException if a setting is out of range
         */
        public RetryPolicy build() {
            if (maxAttempts < 1) {
                throw new IllegalStateException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxElapsed.isNegative()) {
                throw new IllegalStateException("Backoffs and maxElapsed must not be negative");
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalStateException("maxBackoff must be at least initialBackoff");
            }
            return new RetryPolicy(this);
        }
    }
}
