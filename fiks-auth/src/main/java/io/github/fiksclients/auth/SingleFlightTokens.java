package io.github.fiksclients.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.fiksclients.errors.FiksAuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import okhttp3.Call;

/**
 * One token request in flight at a time, its answer shared by every caller waiting for it; the token kept until
 * shortly before its expiry; and a failure remembered for a moment, so that during an outage the callers fail
 * together and at once, instead of one after another at the full timeout (as {@code maskinporten-client} alone
 * does: it loads its cache under one lock and remembers no failure).
 *
 * <p>The request runs on a daemon thread, so that a caller can give up waiting when its call is canceled or times
 * out (OkHttp's {@code callTimeout} cancels the call but does not interrupt a thread blocked in an interceptor),
 * while the request goes on and serves later callers. No caller waits longer than the request's timeout and a
 * second; a request that overruns that is left behind, and the next caller starts a new one. Thread-safe.
 */
final class SingleFlightTokens {

    /** How long past its timeout a token request is waited for, for the time it takes to start and finish. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    /** How often a waiting caller checks whether its call was canceled. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** How long a token is kept at least if it is still good for longer: the library's own cache may outlive ours. */
    private static final long MIN_KEEP_SECONDS = 1;

    private static final ExecutorService FLIGHTS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fiks-maskinporten-token");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<String> request;
    private final String source;
    private final Duration timeout;
    private final Duration failureMemory;
    private final long refreshSecondsBeforeExpiry;
    private final Object lock = new Object();
    private volatile Kept kept;
    private Flight flight;
    private Remembered failure;

    /**
     * Creates the cache.
     *
     * @param request makes one token request; returns the token or throws {@link FiksAuthenticationException}
     * @param source what answers the requests, for messages, such as {@code Maskinporten at https://...}
     * @param timeout how long one request may take
     * @param failureMemory how long a failed request's failure is given to later callers; zero for not at all
     * @param refreshSecondsBeforeExpiry how long before its {@code exp} a token is no longer handed out
     */
    SingleFlightTokens(Supplier<String> request, String source, Duration timeout, Duration failureMemory,
            long refreshSecondsBeforeExpiry) {
        this.request = request;
        this.source = source;
        this.timeout = timeout;
        this.failureMemory = failureMemory;
        this.refreshSecondsBeforeExpiry = refreshSecondsBeforeExpiry;
    }

    /**
     * Returns the kept token, or waits for the request in flight (starting one if there is none).
     *
     * @param call the call the token is for, whose cancellation or deadline ends the wait; {@code null} for none
     * @return the token
     * @throws FiksAuthenticationException if the request failed, a failure is remembered, the wait ended with the
     *     call, or the request overran its timeout
     */
    String get(Call call) {
        Kept token = kept;
        long now = System.nanoTime();
        if (token != null && now - token.until < 0) {
            return token.value;
        }
        Flight current;
        synchronized (lock) {
            token = kept;
            if (token != null && now - token.until < 0) {
                return token.value;
            }
            if (failure != null && now - failure.until < 0) {
                throw failure.repeat(now);
            }
            if (flight == null || now - flight.deadline >= 0) {
                flight = start(now);
            }
            current = flight;
        }
        return await(current, call);
    }

    private Flight start(long now) {
        Flight started = new Flight(new CompletableFuture<>(), now + timeout.toNanos() + GRACE.toNanos());
        FLIGHTS.execute(() -> fly(started));
        return started;
    }

    private void fly(Flight flown) {
        try {
            String token = request.get();
            synchronized (lock) {
                kept = keep(token);
                failure = null;
                land(flown);
            }
            flown.answer.complete(token);
        } catch (FiksAuthenticationException e) {
            synchronized (lock) {
                if (!failureMemory.isZero()) {
                    failure = new Remembered(e, System.nanoTime() + failureMemory.toNanos());
                }
                land(flown);
            }
            flown.answer.completeExceptionally(e);
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                land(flown);
            }
            flown.answer.completeExceptionally(new FiksAuthenticationException(
                    "The token request to " + source + " failed: " + e.getClass().getName(), e));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Ends a flight, unless a newer one has already replaced it. */
    private void land(Flight flown) {
        if (flight == flown) {
            flight = null;
        }
    }

    private String await(Flight flight, Call call) {
        while (true) {
            long now = System.nanoTime();
            if (call != null && call.isCanceled()) {
                throw new FiksAuthenticationException("Gave up waiting for a token from " + source
                        + ": the call timed out or was canceled", null, true);
            }
            long remaining = waitLimit(flight, call) - now;
            if (remaining <= 0) {
                throw new FiksAuthenticationException(source + " did not answer within " + timeout.toMillis()
                        + " ms", null, true);
            }
            try {
                return flight.answer.get(call == null ? remaining : Math.min(remaining, POLL_NANOS),
                        TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Check the call and the time again.
            } catch (ExecutionException e) {
                throw asOwn(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FiksAuthenticationException("Interrupted while waiting for a token from " + source, e);
            }
        }
    }

    /** The time to give up at: the flight's deadline, or the call's if it has an earlier one. */
    private static long waitLimit(Flight flight, Call call) {
        if (call != null && call.timeout().hasDeadline() && call.timeout().deadlineNanoTime() - flight.deadline < 0) {
            return call.timeout().deadlineNanoTime();
        }
        return flight.deadline;
    }

    /** A failure of the shared request, as an exception of this caller's own, telling when to ask again. */
    private FiksAuthenticationException asOwn(Throwable failure) {
        if (failure instanceof FiksAuthenticationException shared) {
            return new FiksAuthenticationException(shared.getMessage(), shared, shared.isRetryable(),
                    failureMemory.isZero() ? null : failureMemory);
        }
        return new FiksAuthenticationException("The token request to " + source + " failed", failure);
    }

    /** Keeps a token until {@code refreshSecondsBeforeExpiry} before its {@code exp}; not at all without one. */
    private Kept keep(String token) {
        OptionalLong expiry = expiry(token);
        if (expiry.isEmpty()) {
            return null;
        }
        long secondsLeft = expiry.getAsLong() - Instant.now().getEpochSecond();
        long keepSeconds = secondsLeft - refreshSecondsBeforeExpiry;
        if (keepSeconds < MIN_KEEP_SECONDS) {
            keepSeconds = secondsLeft > 2 * MIN_KEEP_SECONDS ? MIN_KEEP_SECONDS : 0;
        }
        return keepSeconds <= 0 ? null : new Kept(token, System.nanoTime() + TimeUnit.SECONDS.toNanos(keepSeconds));
    }

    /** The {@code exp} claim of a JWT access token (read, not verified), if it has one. */
    static OptionalLong expiry(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return OptionalLong.empty();
        }
        try {
            JsonElement claims = JsonParser.parseString(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonElement exp = claims.isJsonObject() ? claims.getAsJsonObject().get("exp") : null;
            return exp != null && exp.isJsonPrimitive() && exp.getAsJsonPrimitive().isNumber()
                    ? OptionalLong.of(exp.getAsLong()) : OptionalLong.empty();
        } catch (RuntimeException notAJwt) {
            return OptionalLong.empty();
        }
    }

    /** A token and the moment ({@link System#nanoTime()}) it stops being handed out. */
    private record Kept(String value, long until) {
    }

    /** A token request on its way, and the moment no one waits for it any longer. */
    private record Flight(CompletableFuture<String> answer, long deadline) {
    }

    /** The failure of the last request, given to callers until a moment. */
    private record Remembered(FiksAuthenticationException failure, long until) {

        FiksAuthenticationException repeat(long now) {
            return new FiksAuthenticationException(failure.getMessage(), failure, failure.isRetryable(),
                    Duration.ofNanos(until - now).plusMillis(1));
        }
    }
}
