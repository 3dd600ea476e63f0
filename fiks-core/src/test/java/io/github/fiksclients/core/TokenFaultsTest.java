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
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the Maskinporten token endpoint, end to end: the real {@code maskinporten-client} against a local token
 * endpoint, in front of a Fiks API stand-in that accepts only tokens that endpoint issued and that have not expired.
 */
class TokenFaultsTest {

    private static final String PASSORD = "integrasjon-passord-Zk9";
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static TestKeys key;

    private FakeMaskinporten maskinporten;
    private MockWebServer fiksApi;
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> callsByToken = new ConcurrentHashMap<>();

    @BeforeAll
    static void makeKey() {
        key = TestKeys.generate("local-virksomhet");
    }

    @BeforeEach
    void start() throws IOException {
        maskinporten = new FakeMaskinporten();
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
        maskinporten.close();
    }

    @Test
    void tokenEndpointUnavailableOnceThenTheCallSucceeds() {
        maskinporten.respondWith(grant -> grant == 1
                ? FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : maskinporten.token(3600));

        api(client(maskinporten.provider(key).build())).list().execute();

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

        api(client(maskinporten.provider(key).build())).send(Map.of("tittel", "Vedtak")).execute();

        assertThat(maskinporten.grants()).isEqualTo(2);
        assertThat(fiksApi.getRequestCount()).isEqualTo(1);
    }

    @Test
    void tokenEndpointAlwaysUnavailableFailsWithARetryableAuthenticationException() {
        maskinporten.respondWith(grant -> FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"));

        FiksAuthenticationException thrown = callExpectingAuthenticationFailure(client(maskinporten.provider(key).build()));

        assertThat(thrown).hasMessageContaining("temporarily unavailable (HTTP 503)");
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(maskinporten.grants()).isEqualTo(3);
        assertThat(fiksApi.getRequestCount()).isZero();
    }

    @Test
    void tokenEndpointDownFailsWithARetryableAuthenticationExceptionWithoutSecrets() throws IOException {
        MaskinportenTokenProvider unreachable;
        try (FakeMaskinporten closed = new FakeMaskinporten()) {
            unreachable = closed.provider(key).build();
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

        FiksAuthenticationException thrown = callExpectingAuthenticationFailure(client(maskinporten.provider(key).build()));

        assertThat(thrown.isRetryable()).isFalse();
        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(fiksApi.getRequestCount()).isZero();
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
                        maskinporten.provider(key).build()))
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
