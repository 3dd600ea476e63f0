package io.github.fiksclients.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts the attempts and the time of one operation under a {@link RetryPolicy}, and says how long to wait before
 * the next attempt, if there is one.
 *
 * <p>{@code FiksClient} uses one per request. Code that repeats a whole operation itself, such as a download that
 * is restarted from the beginning after its connection dropped, uses one from {@link RetryPolicy#newBudget()} to
 * stay within the same bounds. Not thread-safe: one budget serves one operation.
 */
public final class RetryBudget {

    private final RetryPolicy policy;
    private final long startNanos;
    private int failedAttempts;

    RetryBudget(RetryPolicy policy) {
        this.policy = policy;
        this.startNanos = System.nanoTime();
    }

    /**
     * Records a failed attempt and returns the wait before the next one: the server's {@code Retry-After} if it
     * sent one, otherwise the policy's backoff.
     *
     * @param retryAfter the delay the server asked for, or empty
     * @return the wait, or empty if the policy allows no further attempt: {@link RetryPolicy#maxAttempts()} are
     *     used up, or the wait would end after {@link RetryPolicy#maxElapsed()} (then the caller gives up at once
     *     instead of waiting)
     */
    public Optional<Duration> nextDelay(Optional<Duration> retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        int attempt = ++failedAttempts;
        if (attempt >= policy.maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = retryAfter.orElseGet(() -> policy.backoff(attempt));
        Duration remaining = policy.maxElapsed().minusNanos(System.nanoTime() - startNanos);
        return delay.compareTo(remaining) > 0 ? Optional.empty() : Optional.of(delay);
    }

    /**
     * How many attempts have failed so far.
     *
     * @return zero before the first failure
     */
    public int failedAttempts() {
        return failedAttempts;
    }

    /**
     * The policy this budget follows.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }
}
