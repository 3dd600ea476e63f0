package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksBadRequestException;
import io.github.fiksclients.errors.FiksServerException;
import io.github.fiksclients.errors.FiksTooManyRequestsException;
import io.github.fiksclients.errors.FiksTransportException;
import io.github.fiksclients.secretscan.TestLog;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void serviceUnavailableWithRetryAfterSecondsIsRetried() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
        server.enqueueJson(200, "{\"antall\":1}");

        Map<String, Object> body = api(server.client().build()).list().execute();

        assertThat(body).containsEntry("antall", 1.0);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", inOneSecond).build());
        server.enqueueJson(200, "{}");

        api(server.client().build()).list().execute();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void postNotDeclaredIdempotentIsSentOnce() {
        server.enqueue(503);
        server.enqueueJson(200, "{}");

        assertThatThrownBy(() -> api(server.client().build()).send(Map.of("tittel", "Vedtak")).execute())
                .isInstanceOf(FiksServerException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void postTheManifestDeclaresIdempotentIsRetried() {
        server.enqueue(503);
        server.enqueue(204);
        FiksClient client = server.client().retryPolicy(fast().build()).build();

        api(client).upsert(Map.of("orgnr", "123456789")).execute();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void patchTheManifestDeclaresIdempotentIsRetried() {
        server.enqueue(502);
        server.enqueue(204);
        FiksClient client = server.client().retryPolicy(fast().build()).build();

        api(client).patch(Map.of("status", "lest")).execute();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void rawPostTaggedIdempotentIsRetried() throws Exception {
        server.enqueue(500);
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/kvittering")
                .post(RequestBody.create("{}", MediaType.get("application/json")))
                .tag(Idempotent.class, Idempotent.INSTANCE)
                .build();

        client.execute(request).close();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void attemptsAreBoundedByMaxAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(503);
        }
        FiksClient client = server.client().retryPolicy(fast().maxAttempts(3).build()).build();

        assertThatThrownBy(() -> api(client).list().execute()).isInstanceOf(FiksServerException.class);
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void badRequestIsNotRetried() {
        server.enqueueJson(400, "{\"message\":\"Ugyldig\"}");
        server.enqueueJson(200, "{}");

        assertThatThrownBy(() -> api(server.client().build()).list().execute())
                .isInstanceOf(FiksBadRequestException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void ioFailureOfGetIsRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueueJson(200, "{\"antall\":0}");

        Map<String, Object> body = api(server.client().build()).list().execute();

        assertThat(body).containsEntry("antall", 0.0);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void ioFailureOfPostIsNotRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueueJson(200, "{}");

        assertThatThrownBy(() -> api(server.client().build()).send(Map.of("tittel", "Vedtak")).execute())
                .isInstanceOf(FiksTransportException.class)
                .hasMessageStartingWith("POST /api/v1/forsendelser failed before a complete response arrived");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void retryAfterBeyondTheTimeBoundEndsRetries() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().retryPolicy(fast().maxElapsed(Duration.ofSeconds(30)).build()).build();

        FiksTooManyRequestsException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                FiksTooManyRequestsException.class, () -> api(client).list().execute());

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void eachRetryIsAuthenticatedAnew() throws InterruptedException {
        server.enqueue(503);
        server.enqueueJson(200, "{}");
        AtomicInteger tokens = new AtomicInteger();
        FiksClient client = server.client(FiksAuthentication.integrasjon(
                "id", Secret.of("pw"), () -> "token-" + tokens.incrementAndGet()));

        api(client).list().execute();

        assertThat(server.take().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.take().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void authenticationFailureIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        FiksClient client = server.client(FiksAuthentication.integrasjon("id", Secret.of("pw"), () -> {
            attempts.incrementAndGet();
            throw new FiksAuthenticationException("Maskinporten refused the token request");
        }));

        assertThatThrownBy(() -> api(client).list().execute())
                .isInstanceOf(FiksAuthenticationException.class);
        assertThat(attempts).hasValue(1);
        assertThat(server.requests()).isZero();
    }

    @Test
    void oneShotBodyIsNotRetried() {
        server.enqueue(503);
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/upload").put(BytesBody.oneShot()).build();

        assertThatThrownBy(() -> client.execute(request))
                .isInstanceOf(FiksServerException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void bodyOfUnknownLengthIsNotRetriedEvenForPut() {
        server.enqueue(503);
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/upload").put(BytesBody.streamed()).build();

        assertThatThrownBy(() -> client.execute(request))
                .isInstanceOf(FiksServerException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void bodyOfUnknownLengthTaggedReplayableIsRetried() throws Exception {
        server.enqueue(503);
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/upload")
                .put(BytesBody.streamed())
                .tag(ReplayableBody.class, ReplayableBody.INSTANCE)
                .build();

        client.execute(request).close();

        assertThat(server.requests()).isEqualTo(2);
        server.take();
        assertThat(server.take().getBody().utf8()).isEqualTo("bytes");
    }

    @Test
    void oneShotBodyTaggedReplayableIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/upload")
                .put(BytesBody.oneShot())
                .tag(ReplayableBody.class, ReplayableBody.INSTANCE)
                .build();

        client.execute(request).close();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void postOfUnknownLengthTaggedIdempotentButNotReplayableIsSentOnce() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(200);
        FiksClient client = server.client().build();
        Request request = raw(client, "api/v1/kvittering")
                .post(BytesBody.streamed())
                .tag(Idempotent.class, Idempotent.INSTANCE)
                .build();

        assertThatThrownBy(() -> client.execute(request))
                .isInstanceOf(FiksTransportException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void noRetryPolicySendsOnce() {
        server.enqueue(503);
        server.enqueue(200);
        FiksClient client = server.client().retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> api(client).list().execute()).isInstanceOf(FiksServerException.class);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void retryIsLoggedWithMethodPathAttemptAndReason() {
        TestLog log = TestLog.start();
        server.enqueue(503);
        server.enqueueJson(200, "{}");

        api(server.client().build()).list().execute();

        assertThat(log.text()).containsPattern(
                "Retrying GET /api/v1/forsendelser in \\d+ ms after HTTP 503 \\(attempt 1 of 3 failed\\)");
    }

    private static RetryPolicy.Builder fast() {
        return RetryPolicy.builder().initialBackoff(Duration.ofMillis(5));
    }

    private static TestApi api(FiksClient client) {
        return client.create(TestApi.class);
    }

    /** A request to the test server's API root, to be finished with a method and body. */
    private static Request.Builder raw(FiksClient client, String path) {
        return new Request.Builder().url(client.baseUrl().orElseThrow().resolve(path));
    }

    /** A body of unknown length, such as a stream from a generator or from disk. */
    private static final class BytesBody extends RequestBody {
        private final boolean oneShot;

        private BytesBody(boolean oneShot) {
            this.oneShot = oneShot;
        }

        /** A stream from a generator: it can be written again. */
        static BytesBody streamed() {
            return new BytesBody(false);
        }

        /** A stream from disk: it can be written only once. */
        static BytesBody oneShot() {
            return new BytesBody(true);
        }

        @Override
        public MediaType contentType() {
            return MediaType.get("application/octet-stream");
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public boolean isOneShot() {
            return oneShot;
        }

        @Override
        public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("bytes");
        }
    }
}
