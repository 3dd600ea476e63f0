package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.errors.FiksAuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskinportenTokenProviderTest {

    private static final TestKeys KEYS = TestKeys.generate("MaskinportenTokenProviderTest");

    @RegisterExtension
    final FakeMaskinporten maskinporten = FakeMaskinporten.started();
    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServer();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void grantIsAJwtBearerFormPostSignedWithTheCertificate() throws Exception {
        maskinporten.provider(KEYS).build().accessToken();

        RecordedRequest grant = maskinporten.server.takeRequest();
        assertThat(grant.getMethod()).isEqualTo("POST");
        assertThat(grant.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        HttpUrl form = HttpUrl.get("http://form/?" + grant.getBody().utf8());
        assertThat(form.queryParameter("grant_type")).isEqualTo("urn:ietf:params:oauth:grant-type:jwt-bearer");
        String[] assertion = form.queryParameter("assertion").split("\\.");
        JsonObject header = decode(assertion[0]);
        JsonObject claims = decode(assertion[1]);
        assertThat(header.get("alg").getAsString()).isEqualTo("RS256");
        assertThat(header.getAsJsonArray("x5c").get(0).getAsString())
                .isEqualTo(Base64.getEncoder().encodeToString(KEYS.certificate.getEncoded()));
        assertThat(claims.get("aud").getAsString()).isEqualTo(maskinporten.audience());
        assertThat(claims.get("iss").getAsString()).isEqualTo("test-client-id");
        assertThat(claims.get("scope").getAsString()).isEqualTo("ks:fiks");
    }

    @Test
    void delegatedGrantNamesTheConsumerOrganisation() throws Exception {
        maskinporten.provider(KEYS).consumerOrg("987654321").build().accessToken();

        RecordedRequest grant = maskinporten.server.takeRequest();
        String assertion = HttpUrl.get("http://form/?" + grant.getBody().utf8()).queryParameter("assertion");
        assertThat(decode(assertion.split("\\.")[1]).get("consumer_org").getAsString()).isEqualTo("987654321");
    }

    @Test
    void oneTokenServesManyCalls() throws InterruptedException {
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).build();
        FiksAuthentication authenticated = FiksAuthentication.integrasjon("id", Secret.of("pw"), tokens);

        for (int i = 0; i < 20; i++) {
            api.get(authenticated, "/api/" + i);
        }

        assertThat(maskinporten.tokenRequests).hasValue(1);
        for (int i = 0; i < 20; i++) {
            assertThat(api.take().getHeaders().get("Authorization")).isEqualTo("Bearer " + maskinporten.issued.get(0));
        }
    }

    @Test
    void oneTokenServesConcurrentThreads() throws Exception {
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).build();
        FiksAuthentication authenticated = FiksAuthentication.integrasjon("id", Secret.of("pw"), tokens);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(threads.submit(() -> api.get(authenticated, "/api/concurrent")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(api.server.getRequestCount()).isEqualTo(40);
        assertThat(maskinporten.tokenRequests).hasValue(1);
    }

    @Test
    void refusedGrantFailsTypedWithTheOauthError() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(400,
                "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client\"}"));
        FiksAuthentication authenticated = (
                FiksAuthentication.integrasjon("id", Secret.of("pw"), maskinporten.provider(KEYS).build()));

        assertThatThrownBy(() -> api.get(authenticated, "/api/x"))
                .isExactlyInstanceOf(FiksAuthenticationException.class)
                .hasMessage("Maskinporten at " + maskinporten.tokenEndpoint()
                        + " refused the token request (HTTP 400): invalid_client: Unknown client");
        assertThat(api.server.getRequestCount()).isZero();
    }

    static Stream<Arguments> failingTokenEndpoints() {
        return Stream.of(
                Arguments.of("503", FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"),
                        "is temporarily unavailable (HTTP 503): temporarily_unavailable", true),
                Arguments.of("500", FakeMaskinporten.json(500, "<html>oops</html>"),
                        "refused the token request (HTTP 500)", true),
                Arguments.of("429", FakeMaskinporten.json(429, "{\"error\":\"slow_down\"}"),
                        "refused the token request (HTTP 429): slow_down", true),
                Arguments.of("401", FakeMaskinporten.json(401, "{\"error\":\"invalid_client\"}"),
                        "refused the token request (HTTP 401): invalid_client", false),
                Arguments.of("timeout", new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build(),
                        "(java.net.SocketTimeoutException: Read timed out)", true),
                Arguments.of("204", new MockResponse.Builder().code(204).build(), "(java.lang.NullPointerException)",
                        false),
                Arguments.of("no expires_in", FakeMaskinporten.json(200, "{\"access_token\":\""
                        + FakeMaskinporten.accessToken("x") + "\",\"token_type\":\"Bearer\"}"),
                        "(java.lang.NullPointerException)", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingTokenEndpoints")
    void failingTokenEndpointFailsTheCallTyped(String name, MockResponse answer, String reason, boolean retryable) {
        maskinporten.respondWith(n -> answer);
        FiksAuthentication authenticated = (FiksAuthentication.integrasjon("id", Secret.of("pw"),
                maskinporten.provider(KEYS).timeout(Duration.ofMillis(300)).build()));

        assertThatThrownBy(() -> api.get(authenticated, "/api/x"))
                .isExactlyInstanceOf(FiksAuthenticationException.class)
                .hasMessageContaining("Maskinporten at " + maskinporten.tokenEndpoint())
                .hasMessageEndingWith(reason)
                .satisfies(thrown -> assertThat(((FiksAuthenticationException) thrown).isRetryable())
                        .as("retryable").isEqualTo(retryable));
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void unreachableTokenEndpointFailsRetryable() throws Exception {
        MaskinportenTokenProvider unreachable;
        try (FakeMaskinporten closed = new FakeMaskinporten()) {
            unreachable = closed.provider(KEYS).build();
        }

        assertThatThrownBy(unreachable::accessToken)
                .isExactlyInstanceOf(FiksAuthenticationException.class)
                .hasMessageStartingWith("Could not get a token from Maskinporten at " + unreachable.tokenEndpoint())
                .satisfies(thrown -> assertThat(((FiksAuthenticationException) thrown).isRetryable()).isTrue());
    }

    @Test
    void temporarilyUnavailableEndpointServesTheNextRequest() {
        String token = FakeMaskinporten.accessToken("after-outage");
        maskinporten.respondWith(n -> n == 1
                ? FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : FakeMaskinporten.tokenResponse(token));
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).rememberFailuresFor(Duration.ZERO).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);
        assertThat(tokens.accessToken()).isEqualTo(token);
        assertThat(maskinporten.tokenRequests).hasValue(2);
    }

    @Test
    void aFailureIsRememberedForAMomentThenMaskinportenIsAskedAgain() throws InterruptedException {
        String token = FakeMaskinporten.accessToken("after-outage");
        maskinporten.respondWith(n -> n == 1
                ? FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}")
                : FakeMaskinporten.tokenResponse(token));
        Duration memory = Duration.ofMillis(500);
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).rememberFailuresFor(memory).build();

        FiksAuthenticationException first = catchThrowableOfType(FiksAuthenticationException.class, tokens::accessToken);
        FiksAuthenticationException remembered = catchThrowableOfType(FiksAuthenticationException.class,
                tokens::accessToken);

        assertThat(maskinporten.tokenRequests).hasValue(1);
        assertThat(remembered).hasMessage(first.getMessage()).isNotSameAs(first);
        assertThat(remembered.isRetryable()).isTrue();
        assertThat(remembered.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(memory.plusMillis(1)));
        Thread.sleep(remembered.retryAfter().orElseThrow().toMillis() + 50);
        assertThat(tokens.accessToken()).isEqualTo(token);
        assertThat(maskinporten.tokenRequests).hasValue(2);
    }

    @Test
    void aRefusalIsRememberedAndStaysNotRetryable() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(400, "{\"error\":\"invalid_client\"}"));
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);
        FiksAuthenticationException remembered = catchThrowableOfType(FiksAuthenticationException.class,
                tokens::accessToken);

        assertThat(remembered.isRetryable()).isFalse();
        assertThat(remembered).hasMessageContaining("refused the token request (HTTP 400): invalid_client");
        assertThat(maskinporten.tokenRequests).hasValue(1);
    }

    @Test
    void aNegativeFailureMemoryIsRejectedAtBuild() {
        MaskinportenTokenProvider.Builder builder = maskinporten.provider(KEYS).rememberFailuresFor(Duration.ofSeconds(-1));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rememberFailuresFor");
    }

    @Test
    void environmentSetsTheStandardEndpointAndAudience() {
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder()
                .environment(MaskinportenEnvironment.TEST)
                .issuer("client")
                .keyAndCertificate(KEYS.keyPair.getPrivate(), KEYS.certificate)
                .build();

        assertThat(tokens.tokenEndpoint()).hasToString("https://test.maskinporten.no/token");
        assertThat(MaskinportenEnvironment.PROD.audience()).isEqualTo("https://maskinporten.no/");
        assertThat(tokens.scopes()).containsExactly("ks:fiks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loopbackTokenEndpoints")
    void plainHttpTokenEndpointIsAcceptedOnLoopback(String endpoint) {
        assertThat(MaskinportenTokenProvider.builder().tokenEndpoint(java.net.URI.create(endpoint))).isNotNull();
    }

    static Stream<String> loopbackTokenEndpoints() {
        return Stream.of("http://localhost:8080/token", "http://127.0.0.1/token", "http://127.3.4.5:9/token",
                "http://[::1]:8080/token", "https://maskinporten.example.org/token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokenEndpoints")
    void plainHttpTokenEndpointElsewhereIsRefused(String endpoint, String message) {
        MaskinportenTokenProvider.Builder builder = MaskinportenTokenProvider.builder();

        assertThatThrownBy(() -> builder.tokenEndpoint(java.net.URI.create(endpoint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    static Stream<Arguments> refusedTokenEndpoints() {
        return Stream.of(
                Arguments.of("http://maskinporten.example.org/token",
                        "plain http is only allowed to a loopback host (localhost, 127.0.0.0/8, ::1), not to "
                                + "maskinporten.example.org: use https"),
                Arguments.of("http://10.0.0.1/token", "not to 10.0.0.1"),
                Arguments.of("http://localhost.example.org/token", "not to localhost.example.org"),
                Arguments.of("ftp://localhost/token", "not an absolute http or https URL"),
                Arguments.of("/token", "not an absolute http or https URL"),
                Arguments.of("https://client:hemmelig@maskinporten.example.org/token", "must not contain user info"));
    }

    @Test
    void contradictorySettingsAreRejectedAtBuild() {
        MaskinportenTokenProvider.Builder both = maskinporten.provider(KEYS).environment(MaskinportenEnvironment.PROD);
        MaskinportenTokenProvider.Builder twoKeys = maskinporten.provider(KEYS)
                .keyAndCertificate(KEYS.keyPair.getPrivate(), KEYS.certificate);

        assertThatThrownBy(both::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(twoKeys::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyOfAnotherCertificateIsRejectedAtBuild() {
        TestKeys other = TestKeys.generate("other");
        MaskinportenTokenProvider.Builder mismatched = MaskinportenTokenProvider.builder()
                .environment(MaskinportenEnvironment.TEST)
                .issuer("client")
                .keyAndCertificate(other.keyPair.getPrivate(), KEYS.certificate);

        assertThatThrownBy(mismatched::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessageContaining("does not belong to the certificate");
    }

    private static JsonObject decode(String base64Url) {
        return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }
}
