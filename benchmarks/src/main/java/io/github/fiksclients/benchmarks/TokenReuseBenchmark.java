package io.github.fiksclients.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Token reuse: many threads call a loopback Fiks API through one {@link FiksClient} with integration authentication
 * (a Maskinporten token from a {@link MaskinportenTokenProvider}, the real maskinporten-client, plus
 * {@code IntegrasjonId} and {@code IntegrasjonPassord}), all within one token lifetime. The loopback token endpoint
 * counts the token requests; the target is exactly one.
 */
final class TokenReuseBenchmark {

    private static final String API_PATH = "/bench/ping";
    private static final String INTEGRASJON_ID = "bench-integrasjon";
    private static final String INTEGRASJON_PASSORD = "bench-passord";
    private static final long TOKEN_LIFETIME_SECONDS = 3600;

    private TokenReuseBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param settings how many threads and calls per thread
     * @return the row: token requests, and how many calls succeeded
     * @throws Exception if the run fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        String accessToken = fakeAccessToken();
        AtomicInteger tokenRequests = new AtomicInteger();
        KeyPair keyPair = SelfSignedKeys.rsaKeyPair();
        try (LoopbackServer maskinporten = LoopbackServer.start("/token", exchange -> {
                    tokenRequests.incrementAndGet();
                    answerToken(exchange, accessToken);
                });
                LoopbackServer api = LoopbackServer.start(API_PATH, exchange -> answerApi(exchange, accessToken));
                FiksClient fiks = FiksClient.builder().baseUrl(api.url("/"))
                        .authentication(FiksAuthentication.integrasjon(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD),
                                MaskinportenTokenProvider.builder()
                                        .tokenEndpoint(URI.create(maskinporten.url("/token")))
                                        .audience("https://bench-maskinporten.local/")
                                        .issuer("bench-maskinporten-client")
                                        .keyAndCertificate(keyPair.getPrivate(),
                                                SelfSignedKeys.certificate(keyPair, "Benchmark integrasjon"))
                                        .build()))
                        .build()) {
            int threads = settings.tokenThreads();
            int callsPerThread = settings.tokenCallsPerThread();
            long start = System.nanoTime();
            int succeeded = callConcurrently(fiks.httpClient(), new Request.Builder().url(api.url(API_PATH)).build(),
                    threads, callsPerThread);
            long nanos = System.nanoTime() - start;
            int calls = threads * callsPerThread;
            String what = String.format(Locale.ROOT, "Maskinporten token reuse: %d threads x %,d calls in one token "
                    + "lifetime, token requests (all %,d calls succeeded: %s; %s)", threads, callsPerThread, calls,
                    succeeded == calls ? "yes" : "no, " + succeeded, Unit.DURATION.format(nanos));
            return List.of(ResultRow.outcome(what, "—", String.valueOf(tokenRequests.get()), "exactly 1",
                    tokenRequests.get() == 1 && succeeded == calls));
        }
    }

    /** Starts all threads at once and counts the calls answered with 200. */
    private static int callConcurrently(OkHttpClient http, Request request, int threads, int callsPerThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int call = 0; call < callsPerThread; call++) {
                        try (Response response = http.newCall(request).execute()) {
                            ok += response.isSuccessful() ? 1 : 0;
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Integer> result : results) {
                succeeded += result.get();
            }
            return succeeded;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An access token shaped like Maskinporten's, a JWT whose {@code exp} the client reads (it does not check the
     * signature), valid for an hour.
     */
    private static String fakeAccessToken() {
        long exp = Instant.now().getEpochSecond() + TOKEN_LIFETIME_SECONDS;
        return base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
                + base64Url("{\"iss\":\"bench-maskinporten\",\"scope\":\"ks:fiks\",\"exp\":" + exp + "}") + "."
                + base64Url("not-a-real-signature");
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void answerToken(HttpExchange exchange, String accessToken) throws IOException {
        LoopbackServer.drain(exchange);
        LoopbackServer.respond(exchange, 200, "application/json", ("{\"access_token\":\"" + accessToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + TOKEN_LIFETIME_SECONDS + ",\"scope\":\"ks:fiks\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void answerApi(HttpExchange exchange, String accessToken) throws IOException {
        LoopbackServer.drain(exchange);
        boolean authenticated = ("Bearer " + accessToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && INTEGRASJON_ID.equals(exchange.getRequestHeaders().getFirst("IntegrasjonId"))
                && INTEGRASJON_PASSORD.equals(exchange.getRequestHeaders().getFirst("IntegrasjonPassord"));
        LoopbackServer.respond(exchange, authenticated ? 200 : 401, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
