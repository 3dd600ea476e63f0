package io.github.fiksclients.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Maskinporten token endpoint for the real {@code maskinporten-client}: it counts the grants it receives,
 * answers each as a script says, and remembers the tokens it issued with their expiry, so an API stand-in can check
 * them. Shared with other modules' tests through this module's test jar.
 *
 * <p>For one endpoint per test, register {@link #started()} on an instance field with {@code @RegisterExtension}:
 * it is stopped after each test.
 */
public final class FakeMaskinporten implements AutoCloseable, AfterEachCallback {

    final MockWebServer server = new MockWebServer();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final List<String> issued = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private volatile IntFunction<MockResponse> responder = n -> token(120);

    /**
     * Starts the endpoint on a free loopback port; every grant gets a token valid for 120 s until told otherwise.
     *
     * @throws IOException if the server cannot start
     */
    public FakeMaskinporten() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return responder.apply(tokenRequests.incrementAndGet());
            }
        });
        server.start();
    }

    /**
     * Starts an endpoint, as the constructor does, for a field initializer.
     *
     * @return the running endpoint
     * @throws UncheckedIOException if the server cannot start
     */
    public static FakeMaskinporten started() {
        try {
            return new FakeMaskinporten();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers every grant with what {@code responder} makes of the grant's number (1, 2, ...).
     *
     * @param responder the answer to grant number n
     */
    public void respondWith(IntFunction<MockResponse> responder) {
        this.responder = responder;
    }

    /**
     * Issues a new access token and answers with it.
     *
     * @param expiresIn the token's lifetime in seconds, as {@code expires_in} and its {@code exp} claim
     * @return a 200 answer carrying the token
     */
    public MockResponse token(int expiresIn) {
        Instant expiry = Instant.now().plusSeconds(expiresIn);
        String token = accessToken("token-" + tokenRequests.get(), expiry);
        issued.add(token);
        expiries.put(token, expiry);
        return tokenResponse(token, expiresIn);
    }

    /**
     * Tells whether a bearer token was issued here and has not expired.
     *
     * @param token the token a request carried
     * @return whether it is valid now
     */
    public boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    /**
     * The number of grants received so far.
     *
     * @return the count
     */
    public int grants() {
        return tokenRequests.get();
    }

    URI tokenEndpoint() {
        return server.url("/token").uri();
    }

    String audience() {
        return server.url("/").toString();
    }

    /**
     * A token provider for this endpoint, signing with {@code keys}.
     *
     * @param keys the client's key and certificate
     * @return a builder with endpoint, audience, issuer and keys set
     */
    public MaskinportenTokenProvider.Builder provider(TestKeys keys) {
        return MaskinportenTokenProvider.builder()
                .tokenEndpoint(tokenEndpoint())
                .audience(audience())
                .issuer("test-client-id")
                .keyAndCertificate(keys.keyPair.getPrivate(), keys.certificate);
    }

    static MockResponse tokenResponse(String accessToken) {
        return tokenResponse(accessToken, 120);
    }

    private static MockResponse tokenResponse(String accessToken, int expiresIn) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + expiresIn + ",\"scope\":\"ks:fiks\"}");
    }

    /**
     * A JSON answer, for scripting failures.
     *
     * @param status the HTTP status
     * @param body the JSON body
     * @return the answer
     */
    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** An access token shaped like Maskinporten's (a JWT with {@code exp}), valid for 120 s; the signature is not real. */
    static String accessToken(String id) {
        return accessToken(id, Instant.now().plusSeconds(120));
    }

    private static String accessToken(String id, Instant expiry) {
        return base64Url("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}") + "."
                + base64Url("{\"iss\":\"fake-maskinporten\",\"scope\":\"ks:fiks\",\"jti\":\"" + id + "\",\"exp\":"
                        + expiry.getEpochSecond() + "}")
                + ".c2lnbmF0dXJl";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Stops the endpoint. */
    @Override
    public void close() {
        server.close();
    }

    /** Stops the endpoint after a test that registered it as an extension. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
