package io.github.fiksclients.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A local Maskinporten token endpoint that counts the grants it receives. */
final class FakeMaskinporten implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final List<String> issued = new CopyOnWriteArrayList<>();
    private volatile IntFunction<MockResponse> responder = n -> tokenResponse(issue("token-" + n));

    FakeMaskinporten() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return responder.apply(tokenRequests.incrementAndGet());
            }
        });
        server.start();
    }

    /** Answers every grant with what {@code responder} makes of the grant's number (1, 2, ...). */
    void respondWith(IntFunction<MockResponse> responder) {
        this.responder = responder;
    }

    private String issue(String id) {
        String token = accessToken(id);
        issued.add(token);
        return token;
    }

    URI tokenEndpoint() {
        return server.url("/token").uri();
    }

    String audience() {
        return server.url("/").toString();
    }

    MaskinportenTokenProvider.Builder provider(TestKeys keys) {
        return MaskinportenTokenProvider.builder()
                .tokenEndpoint(tokenEndpoint())
                .audience(audience())
                .issuer("test-client-id")
                .keyAndCertificate(keys.keyPair.getPrivate(), keys.certificate);
    }

    static MockResponse tokenResponse(String accessToken) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":120,\"scope\":\"ks:fiks\"}");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** An access token shaped like Maskinporten's (a JWT with {@code exp}); the signature is not real. */
    static String accessToken(String id) {
        long exp = Instant.now().plusSeconds(120).getEpochSecond();
        return base64Url("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}") + "."
                + base64Url("{\"iss\":\"fake-maskinporten\",\"scope\":\"ks:fiks\",\"jti\":\"" + id + "\",\"exp\":" + exp + "}")
                + ".c2lnbmF0dXJl";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
