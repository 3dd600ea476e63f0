package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.integrasjon.IntegrasjonApi;
import io.github.fiksclients.errors.FiksAuthenticationException;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiksClientTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void createdApiSendsThroughTheConfiguredPipeline() throws InterruptedException {
        server.enqueueJson(200, "{}");
        FiksClient client = server.client()
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of("pw"), () -> "tok"))
                .userAgentSuffix("sak-arkiv/4.2")
                .build();

        client.create(TestApi.class).list().execute();

        RecordedRequest sent = server.take();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/api/v1/forsendelser");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer tok");
        assertThat(sent.getHeaders().get("IntegrasjonId")).isEqualTo("integrasjon-7");
        assertThat(sent.getHeaders().get("User-Agent")).matches("fiks-clients/\\d+\\.\\d+\\.\\d+\\S* sak-arkiv/4\\.2");
    }

    @Test
    void clientWithoutAuthenticationSendsNoCredentials() throws InterruptedException {
        server.enqueueJson(200, "{}");

        server.client().build().create(TestApi.class).list().execute();

        assertThat(server.take().getHeaders().names()).doesNotContain("Authorization", "IntegrasjonPassord");
    }

    @Test
    void aUserAgentTheCallerSetIsKeptAndTheCredentialsAreStillAdded() throws InterruptedException {
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().authentication(FiksAuthentication.basic("mottaker", Secret.of("pw")))
                .build();
        client.create(TestApi.class);

        client.execute(new Request.Builder().url(server.server.url("/api/v1/forsendelser"))
                .header("User-Agent", "own-agent/1.0").build()).close();

        RecordedRequest sent = server.take();
        assertThat(sent.getHeaders().values("User-Agent")).containsExactly("own-agent/1.0");
        assertThat(sent.getHeaders().get("Authorization")).startsWith("Basic ");
    }

    @Test
    void siblingAuthenticatesDifferentlyAndSharesPoolAndThreads() throws InterruptedException {
        server.enqueueJson(200, "{}");
        server.enqueueJson(200, "{}");
        FiksClient client = server.client(FiksAuthentication.basic("system", Secret.of("pw")));
        FiksClient sibling = client.withAuthentication(
                FiksAuthentication.person("integrasjon-7", Secret.of("pw"), () -> Secret.of("citizen-tok-Rm48")));

        client.create(TestApi.class).list().execute();
        sibling.create(TestApi.class).list().execute();

        assertThat(server.take().getHeaders().get("Authorization")).startsWith("Basic ");
        assertThat(server.take().getHeaders().get("Authorization")).isEqualTo("Bearer citizen-tok-Rm48");
        assertThat(sibling.httpClient().connectionPool()).isSameAs(client.httpClient().connectionPool());
        assertThat(sibling.httpClient().dispatcher()).isSameAs(client.httpClient().dispatcher());
    }

    @Test
    void asyncCallFailsWithTheAuthenticationException() {
        FiksClient client = server.client(FiksAuthentication.person("integrasjon-7", Secret.of("pw"), () -> null));

        assertThatThrownBy(() -> client.create(TestApi.class).list().executeAsync().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(FiksAuthenticationException.class);
        assertThat(server.requests()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.fiks.ks.no/", "http://10.0.0.7:8080/", "http://localhost.example.com/"})
    void plainHttpToAnotherHostIsRefused(String url) {
        FiksClient.Builder builder = FiksClient.builder();

        assertThatThrownBy(() -> builder.baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Plain http is only allowed to a loopback host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/fiks", "http://127.0.0.1:8080/fiks/", "http://127.8.9.10/fiks",
        "http://[::1]:8080/fiks/"})
    void plainHttpToLoopbackIsAcceptedAndGetsATrailingSlash(String url) {
        FiksClient client = FiksClient.builder().baseUrl(url).build();

        assertThat(client.baseUrl().orElseThrow().encodedPath()).isEqualTo("/fiks/");
        client.close();
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedWithoutShowingThem() {
        FiksClient.Builder builder = FiksClient.builder();

        assertThatThrownBy(() -> builder.baseUrl("https://system:hemmelig@svarut.ks.no/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hemmelig");
    }

    @Test
    void environmentGivesEachApiTheBaseUrlItsManifestNames() {
        FiksClient test = FiksClient.builder().environment(FiksEnvironment.TEST).build();
        FiksClient prod = FiksClient.builder().environment(FiksEnvironment.PROD).build();

        assertThat(test.baseUrl(TestApi.class)).hasToString("https://api.fiks.test.ks.no/");
        assertThat(prod.baseUrl(TestApi.class)).hasToString("https://api.fiks.ks.no/");
        assertThat(test.baseUrl()).isEmpty();
        assertThat(test.environment()).contains(FiksEnvironment.TEST);
    }

    @Test
    void explicitBaseUrlServesEveryApi() {
        FiksClient client = server.client().build();

        assertThat(client.baseUrl(TestApi.class)).isEqualTo(server.server.url("/"));
        assertThat(client.baseUrl(IntegrasjonApi.class)).isEqualTo(server.server.url("/"));
    }

    @Test
    void anInterfaceWithoutDescriptorNeedsABaseUrl() {
        FiksClient client = FiksClient.builder().environment(FiksEnvironment.TEST).build();

        assertThatThrownBy(() -> client.create(Undescribed.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names no TEST base URL for " + Undescribed.class.getName());
    }

    @Test
    void anApiRefusesAnAuthenticationItsManifestDoesNotName() {
        FiksClient basic = server.client(FiksAuthentication.basic("mottaker", Secret.of("pw")));
        FiksClient none = server.client().build();

        assertThatThrownBy(() -> basic.create(IntegrasjonApi.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("IntegrasjonApi (Tilgang test) authenticates with integrasjon, not basic: build the "
                        + "FiksClient with a matching authentication");
        assertThatThrownBy(() -> none.create(IntegrasjonApi.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authenticates with integrasjon: set authentication(...)");
    }

    @Test
    void anApiAcceptsTheAuthenticationItsManifestNames() throws InterruptedException {
        server.enqueueJson(200, "{\"ting\":1}");
        FiksClient client = server.client(FiksAuthentication.integrasjon("integrasjon-1", Secret.of("pw-1"),
                () -> "token-1"));

        assertThat(client.create(IntegrasjonApi.class).hent().execute()).containsEntry("ting", 1.0);
        assertThat(server.take().getHeaders().get("IntegrasjonId")).isEqualTo("integrasjon-1");
    }

    @Test
    void targetMustBeSetOnce() {
        assertThatThrownBy(() -> FiksClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set environment(...) or baseUrl(...)");
        assertThatThrownBy(() -> FiksClient.builder().baseUrl("https://fiks.example/")
                .environment(FiksEnvironment.TEST).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set either environment(...) or baseUrl(...), not both");
    }

    @Test
    void anApisOwnGsonCanBeExtendedButNotReplaced() {
        server.enqueueJson(200, "{\"ting\":1}");
        FiksClient client = server.client(FiksAuthentication.integrasjon("integrasjon-1", Secret.of("pw-1-Qz"),
                () -> "token-1"));
        TypeAdapter<Map<String, Object>> marked = new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Map<String, Object> value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Object> read(JsonReader in) throws IOException {
                in.skipValue();
                return Map.of("lest", "av tillegget");
            }
        };

        IntegrasjonApi api = client.create(IntegrasjonApi.class, gson -> gson.registerTypeAdapter(
                new TypeToken<Map<String, Object>>() { }.getType(), marked));

        assertThat(api.hent().execute()).containsEntry("lest", "av tillegget");
    }

    /** A Retrofit interface the build did not generate, so it has no descriptor. */
    interface Undescribed {
        @retrofit2.http.GET("x")
        FiksCall<Void> get();
    }

    @Test
    void defaultTimeoutsAreSetAndOverridable() {
        OkHttpClient defaults = server.client().build().httpClient();
        OkHttpClient custom = server.client().readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMinutes(2))
                .build().httpClient();

        assertThat(defaults.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(defaults.readTimeoutMillis()).isEqualTo(60_000);
        assertThat(defaults.callTimeoutMillis()).isZero();
        assertThat(custom.readTimeoutMillis()).isEqualTo(5_000);
        assertThat(custom.callTimeoutMillis()).isEqualTo(120_000);
    }

    @Test
    void socketsHaveTcpNoDelay() throws Exception {
        try (Socket socket = server.client().build().httpClient().socketFactory().createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void suppliedClientKeepsItsInterceptorsPoolAndThreads() throws InterruptedException {
        server.enqueueJson(200, "{}");
        AtomicInteger seen = new AtomicInteger();
        OkHttpClient supplied = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.incrementAndGet();
                    return chain.proceed(chain.request().newBuilder().header("X-Correlation-Id", "c-1").build());
                })
                .build();
        FiksClient client = server.client().okHttpClient(supplied).build();

        client.create(TestApi.class).list().execute();
        client.close();

        assertThat(seen).hasValue(1);
        assertThat(server.take().getHeaders().get("X-Correlation-Id")).isEqualTo("c-1");
        assertThat(client.httpClient().connectionPool()).isSameAs(supplied.connectionPool());
        assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();
    }

    @Test
    void closeReleasesTheThreadsTheClientCreated() {
        FiksClient client = server.client().build();

        client.close();

        assertThat(client.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void toStringShowsNoSecrets() {
        FiksClient client = server.client(FiksAuthentication.integrasjon("integrasjon-7", Secret.of("passord-9"),
                () -> "tok-9"));

        assertThat(client.toString()).contains("integrasjon-7").doesNotContain("passord-9", "tok-9");
    }
}
