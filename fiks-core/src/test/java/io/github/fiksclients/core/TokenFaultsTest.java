package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fiksclients.auth.FakeMaskinporten;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.auth.TestKeys;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults of the Maskinporten token endpoint, end to end: the real {@code maskinporten-client} against a local token
 * endpoint, in front of a Fiks API stand-in that accepts only tokens that endpoint issued and that have not expired.
 */
class TokenFaultsTest {

    private static final String PASSORD = "integrasjon-passord-Zk9";
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static final TestKeys KEY = TestKeys.generate("local-virksomhet");

    @RegisterExtension
    final FakeMaskinporten maskinporten = FakeMaskinporten.started();
    private MockWebServer fiksApi;
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> callsByToken = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        fiksApi = new MockWebServer();
        fiksApi.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String authorization = request.getHeaders().get("Authorization");
                String token = authorization == null ? "" : authorization.substring("Bearer ".length());
                if (!maskinporten.isValid(token)) {
                    refused.incrementAndGet();
                    return new MockResponse.Builder().code(401).build();
                }
                callsByToken.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
                // No body: the answer leaves in one write, so 32,000 calls never wait for a delayed ACK.
                return new MockResponse.Builder().code(204).build();
            }
        });
        fiksApi.start();
    }

    @AfterEach
    void stop() {
        fiksApi.close();
    }

    @Test
    void tokenEndpointUnavailableOnceThenTheCallSucceeds() {
        maskinporten.respondWith(grant -> grant == 1
                ? FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : maskinporten.token(3600));

        api(client(maskinporten.provider(KEY).build())).list().execute();

        assertThat(maskinporten.grants()).isEqualTo(2);
        assertThat(fiksApi.getRequestCount()).isEqualTo(1);
        assertThat(refused).hasValue(0);
        assertThat(callsByToken).hasSize(1);
    }

    @Test
    void tokenEndpointUnavailableOnceThenAPostIsSentOnce() {
        maskinporten.respondWith(grant -> grant == 1
                ? FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : maskinporten.token(3600));

        api(client(maskinporten.provider(KEY).build())).send(Map.of("tittel", "Vedtak")).execute();

        assertThat(maskinporten.grants()).isEqualTo(2);
        assertThat(fiksApi.getRequestCount()).isEqualTo(1);
    }

    @Test
    void tokenEndpointAlwaysUnavailableFailsWithARetryableAuthenticationException() {
        maskinporten.respondWith(grant -> FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"));

        FiksAuthenticationException thrown = callExpectingAuthenticationFailure(client(maskinporten.provider(KEY)
                .rememberFailuresFor(Duration.ofMillis(200)).build()));

        assertThat(thrown).hasMessageContaining("temporarily unavailable (HTTP 503)");
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(maskinporten.grants()).isEqualTo(3);
        assertThat(fiksApi.getRequestCount()).isZero();
    }

    @Test
    void tokenEndpointDownFailsWithARetryableAuthenticationExceptionWithoutSecrets() throws IOException {
        MaskinportenTokenProvider unreachable;
        try (FakeMaskinporten closed = new FakeMaskinporten()) {
            unreachable = closed.provider(KEY).rememberFailuresFor(Duration.ofMillis(200)).build();
        }

        FiksAuthenticationException thrown = callExpectingAuthenticationFailure(client(unreachable));

        assertThat(thrown).hasMessageStartingWith("Could not get a token from Maskinporten at "
                + unreachable.tokenEndpoint());
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(thrown.getMessage()).doesNotContain(PASSORD).doesNotContain("assertion");
        assertThat(fiksApi.getRequestCount()).isZero();
    }

    @Test
    void refusedGrantIsAskedForOnce() {
        maskinporten.respondWith(grant -> FakeMaskinporten.json(400, "{\"error\":\"invalid_client\"}"));

        FiksAuthenticationException thrown = callExpectingAuthenticationFailure(client(maskinporten.provider(KEY).build()));

        assertThat(thrown.isRetryable()).isFalse();
        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(fiksApi.getRequestCount()).isZero();
    }

    /**
     * A token endpoint that accepts the connection and never answers: 32 threads need a token at once. One token
     * request is made, and every thread fails when it times out; without single flight they would queue behind the
     * library's lock and fail one after another, 32 token timeouts in all.
     */
    @Test
    void thirtyTwoThreadsDuringAnOutageShareOneTokenRequestAndFailTogether() throws Exception {
        maskinporten.respondWith(grant -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Duration tokenTimeout = Duration.ofSeconds(1);
        FiksClient client = FiksClient.builder().baseUrl(fiksApi.url("/")).retryPolicy(RetryPolicy.none())
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                        maskinporten.provider(KEY).timeout(tokenTimeout).build()))
                .build();

        List<Throwable> failures = callTogether(32, () -> api(client).list().execute());

        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(failures).hasSize(32).allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(FiksAuthenticationException.class, auth -> assertThat(auth.isRetryable()).isTrue()));
        assertThat(fiksApi.getRequestCount()).isZero();
        // Together: within one token timeout and its grace, with room for a loaded machine; in turn would be 32 s.
        assertThat(lastFailureAfter).isLessThan(tokenTimeout.multipliedBy(8));
    }

    /**
     * A token endpoint that answers 503 at once, and a retry policy of three attempts: every attempt of the 32
     * threads during one failure's memory gets that failure, and they retry together after it. So there is at most
     * one token request per attempt, not one per thread and attempt (96).
     */
    @Test
    void thirtyTwoThreadsRetryingThroughAnOutageAskOncePerAttempt() throws Exception {
        maskinporten.respondWith(grant -> FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        Duration memory = Duration.ofSeconds(1);
        FiksClient client = FiksClient.builder().baseUrl(fiksApi.url("/"))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                        maskinporten.provider(KEY).rememberFailuresFor(memory).build()))
                .build();

        List<Throwable> failures = callTogether(32, () -> api(client).list().execute());

        assertThat(maskinporten.grants()).isBetween(1, 3);
        assertThat(failures).hasSize(32).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(FiksAuthenticationException.class).hasMessageContaining("temporarily unavailable"));
        assertThat(lastFailureAfter).isLessThan(memory.multipliedBy(2).plus(Duration.ofSeconds(10)));
    }

    /**
     * A call whose {@code callTimeout} is far shorter than the token request's timeout gives up waiting for the
     * token when its own deadline passes, although OkHttp does not interrupt a thread blocked in an interceptor.
     */
    @Test
    void callTimeoutEndsTheWaitForAToken() {
        maskinporten.respondWith(grant -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Duration tokenTimeout = Duration.ofSeconds(15);
        FiksClient client = FiksClient.builder().baseUrl(fiksApi.url("/")).callTimeout(Duration.ofMillis(300))
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                        maskinporten.provider(KEY).timeout(tokenTimeout).build()))
                .build();
        long start = System.nanoTime();

        FiksException thrown = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(FiksException.class,
                () -> api(client).list().execute()));

        assertThat(thrown).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(tokenTimeout.dividedBy(2));
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(fiksApi.getRequestCount()).isZero();
    }

    private Duration lastFailureAfter;

    /** Runs a call on n threads released together; returns what each threw, and notes when the last one ended. */
    private List<Throwable> callTogether(int threads, Runnable call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<Long> released = new AtomicReference<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(executor.submit(() -> {
                    start.await();
                    released.compareAndSet(null, System.nanoTime());
                    try {
                        call.run();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(HANG_GUARD.toSeconds() * 3, TimeUnit.SECONDS);
            }
            lastFailureAfter = Duration.ofNanos(System.nanoTime() - released.get());
        } finally {
            executor.shutdownNow();
        }
        return failures;
    }

    /**
     * 32 threads make 1000 calls each. The first token is cached for one second (its {@code expires_in} of 11 s
     * less the provider's 10 s margin); the second for an hour. Halfway, every thread waits until the first token
     * has left the cache, if the first half was quicker than that; so the expiry falls inside the run however fast
     * the machine is, and all 32 threads then need a token at once. Exactly one refresh follows, whatever the
     * timing: the second token outlives the run.
     */
    @Test
    void tokenExpiryDuring32ThreadsTimes1000CallsRefreshesOnceAndFailsNoCall() throws Exception {
        AtomicReference<Instant> firstIssued = new AtomicReference<>();
        maskinporten.respondWith(grant -> {
            if (grant == 1) {
                firstIssued.set(Instant.now());
                return maskinporten.token(11);
            }
            return maskinporten.token(3600);
        });
        int threads = 32;
        int callsPerThread = 1000;
        CyclicBarrier halfway = new CyclicBarrier(threads, () -> sleepUntil(firstIssued.get().plusMillis(1100)));
        AtomicInteger failed = new AtomicInteger();
        OkHttpClient pool = new OkHttpClient.Builder().connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES))
                .build();
        try (FiksClient client = FiksClient.builder().baseUrl(fiksApi.url("/")).okHttpClient(pool)
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                        maskinporten.provider(KEY).build()))
                .build()) {
            TestApi calls = api(client);
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(executor.submit(() -> {
                        for (int i = 0; i < callsPerThread; i++) {
                            if (i == callsPerThread / 2) {
                                halfway.await();
                            }
                            try {
                                calls.list().execute();
                            } catch (RuntimeException e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(60, TimeUnit.SECONDS);
                }
            } finally {
                executor.shutdownNow();
                pool.dispatcher().executorService().shutdown();
                pool.connectionPool().evictAll();
            }
        }

        assertThat(failed).hasValue(0);
        assertThat(refused).hasValue(0);
        assertThat(maskinporten.grants()).isEqualTo(2);
        assertThat(callsByToken).hasSize(2);
        assertThat(callsByToken.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(threads * callsPerThread);
    }

    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private FiksClient client(MaskinportenTokenProvider tokens) {
        return FiksClient.builder()
                .baseUrl(fiksApi.url("/"))
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD), tokens))
                .build();
    }

    private static FiksAuthenticationException callExpectingAuthenticationFailure(FiksClient client) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(FiksAuthenticationException.class,
                () -> api(client).list().execute()));
    }

    private static TestApi api(FiksClient client) {
        return client.create(TestApi.class);
    }
}
