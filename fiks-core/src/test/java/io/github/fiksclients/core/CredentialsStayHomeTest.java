package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.auth.TestKeys;
import io.github.fiksclients.auth.TrustedOrigins;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksRedirectException;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials never leave the origin a client was configured for: a Fiks host on 127.0.0.1 redirects to another
 * server on 127.0.0.2 (another host, as far as HTTP is concerned), which must receive nothing at all.
 */
class CredentialsStayHomeTest {

    private static final String PASSORD = "ip-pw-Lk38";

    private MockWebServer home;
    private MockWebServer elsewhere;

    @BeforeEach
    void start() throws IOException {
        home = new MockWebServer();
        home.start(InetAddress.getByName("127.0.0.1"), 0);
        elsewhere = new MockWebServer();
        elsewhere.setDispatcher(new AnswersEverything());
        elsewhere.start(InetAddress.getByName("127.0.0.2"), 0);
    }

    @AfterEach
    void stop() {
        elsewhere.close();
        home.close();
    }

    static Stream<Arguments> authentications() {
        return Stream.of(
                Arguments.of("integrasjon", FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                        () -> "mp-tok-Hg27")),
                Arguments.of("integrasjon-person", FiksAuthentication.person("integrasjon-7", Secret.of(PASSORD),
                        () -> Secret.of("person-tok-Jf16"))),
                Arguments.of("basic", FiksAuthentication.basic("mottakersystem", Secret.of("basic-pw-Dq05"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authentications")
    void aRedirectToAnotherHostSendsItNothingAndNamesItsOriginOnly(String mode, FiksAuthentication authentication) {
        String target = elsewhere.url("/innsyn/stjal?access_token=lenke-med-token").toString();
        home.enqueue(redirect(302, target));

        FiksRedirectException thrown = catchThrowableOfType(FiksRedirectException.class,
                () -> api(client(authentication)).list().execute());

        String origin = TrustedOrigins.originOf(elsewhere.url("/"));
        assertThat(thrown.target()).isEqualTo(origin);
        assertThat(thrown.status()).isEqualTo(302);
        assertThat(thrown).hasMessageStartingWith("GET /api/v1/forsendelser was redirected (HTTP 302) to " + origin
                + ": another origin than ")
                .message().doesNotContain("stjal", "access_token");
        assertThat(thrown.isRetryable()).isFalse();
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(home.getRequestCount()).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authentications")
    void aRedirectWithinTheOriginIsFollowedAndAuthenticatedAgain(String mode, FiksAuthentication authentication)
            throws InterruptedException {
        home.enqueue(redirect(302, "/api/v2/forsendelser"));
        home.enqueue(json("{\"antall\":2}"));

        Map<String, Object> body = api(client(authentication)).list().execute();

        assertThat(body).containsEntry("antall", 2.0);
        RecordedRequest first = home.takeRequest();
        RecordedRequest second = home.takeRequest();
        assertThat(second.getUrl().encodedPath()).isEqualTo("/api/v2/forsendelser");
        assertThat(second.getHeaders().get("Authorization")).isNotNull()
                .isEqualTo(first.getHeaders().get("Authorization"));
        assertThat(second.getHeaders().get("IntegrasjonPassord")).isEqualTo(first.getHeaders().get("IntegrasjonPassord"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authentications")
    void aRequestForAnotherOriginIsRefusedUnsent(String mode, FiksAuthentication authentication) {
        FiksClient client = client(authentication);
        Request foreign = new Request.Builder().url(elsewhere.url("/svarinn/forsendelse/1")).build();

        FiksAuthenticationException thrown = catchThrowableOfType(FiksAuthenticationException.class,
                () -> client.execute(foreign));

        assertThat(thrown).hasMessageStartingWith("Refused to send credentials to "
                + TrustedOrigins.originOf(elsewhere.url("/")) + ", which is not an origin this client is configured for ["
                + TrustedOrigins.originOf(home.url("/")) + "]");
        assertThat(thrown.isRetryable()).isFalse();
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void aRedirectToAnotherPortOfTheSameHostIsRefused() throws IOException {
        try (MockWebServer samehost = new MockWebServer()) {
            samehost.setDispatcher(new AnswersEverything());
            samehost.start(InetAddress.getByName("127.0.0.1"), 0);
            home.enqueue(redirect(301, samehost.url("/api/v1/forsendelser").toString()));

            assertThat(catchThrowableOfType(FiksRedirectException.class,
                    () -> api(client(basic())).list().execute()).target()).endsWith(":" + samehost.getPort());
            assertThat(samehost.getRequestCount()).isZero();
        }
    }

    @Test
    void aRedirectFromHttpsToHttpOnTheSameHostIsRefused() throws Exception {
        TestKeys keys = TestKeys.generate("localhost");
        SSLContext tls = tls(keys);
        X509TrustManager trust = trustManager(keys);
        try (MockWebServer secure = new MockWebServer()) {
            secure.useHttps(tls.getSocketFactory());
            secure.start(InetAddress.getByName("127.0.0.1"), 0);
            secure.enqueue(redirect(302, home.url("/api/v1/forsendelser").toString()));
            OkHttpClient trusting = new OkHttpClient.Builder()
                    .sslSocketFactory(tls.getSocketFactory(), trust)
                    .hostnameVerifier((host, session) -> true)
                    .build();
            FiksClient client = FiksClient.builder().baseUrl(secure.url("/")).okHttpClient(trusting)
                    .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD),
                            () -> "mp-tok-Hg27"))
                    .build();

            FiksRedirectException thrown = catchThrowableOfType(FiksRedirectException.class,
                    () -> api(client).list().execute());

            assertThat(thrown.target()).startsWith("http://");
            assertThat(secure.takeRequest().getHeaders().get("IntegrasjonPassord")).isEqualTo(PASSORD);
            assertThat(home.getRequestCount()).isZero();
            trusting.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void aTemporaryRedirectOfAPostIsReturnedNotFollowed() {
        home.enqueue(redirect(307, "/api/v2/forsendelser"));

        FiksHttpException thrown = catchThrowableOfType(FiksHttpException.class,
                () -> api(client(basic())).send(Map.of("tittel", "Vedtak")).execute());

        assertThat(thrown.status()).isEqualTo(307);
        assertThat(home.getRequestCount()).isOne();
    }

    @Test
    void aCallersClientThatFollowsNoRedirectsGetsEveryRedirectBack() {
        home.enqueue(redirect(302, elsewhere.url("/x").toString()));
        FiksClient client = FiksClient.builder().baseUrl(home.url("/"))
                .okHttpClient(new OkHttpClient.Builder().followRedirects(false).build())
                .authentication(basic())
                .build();

        FiksHttpException thrown = catchThrowableOfType(FiksHttpException.class,
                () -> api(client).list().execute());

        assertThat(thrown.status()).isEqualTo(302);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void aLoopOfRedirectsEndsAfterTwenty() {
        for (int i = 0; i <= SameOriginRedirects.MAX_REDIRECTS; i++) {
            home.enqueue(redirect(302, "/api/v1/forsendelser"));
        }

        assertThat(catchThrowableOfType(FiksRedirectException.class,
                () -> api(client(basic())).list().execute()))
                .hasMessageEndingWith("more than 20 redirects in a row");
        assertThat(home.getRequestCount()).isEqualTo(SameOriginRedirects.MAX_REDIRECTS + 1);
    }

    private FiksClient client(FiksAuthentication authentication) {
        return FiksClient.builder()
                .baseUrl(home.url("/"))
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())
                .authentication(authentication)
                .build();
    }

    private static FiksAuthentication basic() {
        return FiksAuthentication.basic("mottakersystem", Secret.of("basic-pw-Dq05"));
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).setHeader("Location", location).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    private static TestApi api(FiksClient client) {
        return client.create(TestApi.class);
    }

    private static SSLContext tls(TestKeys keys) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "tls-key-Wq27".toCharArray();
        store.setKeyEntry("server", keys.privateKey(), password, new Certificate[] {keys.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), new javax.net.ssl.TrustManager[] {trustManager(keys)}, null);
        return context;
    }

    private static X509TrustManager trustManager(TestKeys keys) throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", keys.certificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }

    /** Answers every request at once, so a request that should never have come fails the test quickly. */
    private static final class AnswersEverything extends mockwebserver3.Dispatcher {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
            return new MockResponse.Builder().code(200).body("{}").build();
        }
    }
}
