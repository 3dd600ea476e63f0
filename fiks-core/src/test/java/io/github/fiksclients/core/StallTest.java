package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fiksclients.errors.FiksTransportException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A server that stalls: the read timeout fires and the typed transport exception names the call. */
class StallTest {

    /** Only guards against a hang; no test asserts on timing. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void serverThatNeverAnswersTimesOutWithTheCallNamed() {
        server.enqueue(stall());
        FiksClient client = server.client().readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none()).build();

        FiksTransportException thrown = listExpectingTransportFailure(client);

        assertThat(thrown).hasMessageStartingWith("GET /api/v1/forsendelser failed before a complete response arrived")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(thrown.method()).isEqualTo("GET");
        assertThat(thrown.path()).isEqualTo("/api/v1/forsendelser");
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void serverThatNeverAnswersIsTriedMaxAttemptsTimesThenFails() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(stall());
        }
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().readTimeout(READ_TIMEOUT)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
                .build();

        FiksTransportException thrown = listExpectingTransportFailure(client);

        assertThat(thrown).hasMessageStartingWith("GET /api/v1/forsendelser failed before a complete response arrived")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(server.requests()).isEqualTo(3);
    }

    /** At {@link HttpLogLevel#BODY} the logger peeks at the body first: its timeout must still be the call's. */
    @ParameterizedTest
    @EnumSource(HttpLogLevel.class)
    void bodyThatStallsHalfwayTimesOutWithTheCallNamed(HttpLogLevel logLevel) {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body("{\"antall\":1,\"forsendelser\":[\"" + "x".repeat(200) + "\"]}")
                .throttleBody(64, 1, TimeUnit.SECONDS)
                .build());
        FiksClient client = server.client().readTimeout(READ_TIMEOUT).retryPolicy(RetryPolicy.none())
                .logLevel(logLevel).build();

        FiksTransportException thrown = listExpectingTransportFailure(client);

        assertThat(thrown).hasMessageStartingWith("GET /api/v1/forsendelser failed before a complete response arrived")
                .hasCauseInstanceOf(SocketTimeoutException.class);
    }

    private static MockResponse stall() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }

    private static FiksTransportException listExpectingTransportFailure(FiksClient client) {
        TestApi api = client.create(TestApi.class);
        return assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(FiksTransportException.class,
                () -> api.list().execute()));
    }
}
