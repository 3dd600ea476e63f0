package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksError;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class FaultInjectionTest {

    private static final String POLL_PATH = "/tjenester/svarinn/v2/forsendelser";

    private static FiksSimulator simulator;
    private static OkHttpClient client;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
        SimulatorCredentials demo = simulator.credentials();
        client = TestClients.basic(demo.svarInnMottakerId(), demo.svarInnMottakerPassord());
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    private static Response poll(OkHttpClient http) throws IOException {
        return http.newCall(new Request.Builder().url(simulator.baseUrl().resolve(POLL_PATH).toString()).build())
                .execute();
    }

    @Test
    void serviceUnavailableWithRetryAfterOnceThenNormal() throws IOException {
        simulator.faults().next(FaultRule.on("GET", POLL_PATH)
                .respondWithStatus(503)
                .retryAfter(Duration.ofSeconds(2))
                .build());

        try (Response first = poll(client)) {
            FiksError error = TestClients.fiksError(first);
            assertThat(first.code()).isEqualTo(503);
            assertThat(first.header("Retry-After")).isEqualTo("2");
            assertThat(error.errorCode()).isEqualTo(SimulatorErrorCodes.SIMULATED_FAULT);
            assertThat(error.status()).isEqualTo(503);
        }
        try (Response second = poll(client)) {
            assertThat(second.code()).isEqualTo(200);
        }
        assertThat(simulator.faults().pending()).isZero();
    }

    @Test
    void delayHoldsTheResponseBackThenAnswersNormally() throws IOException {
        Duration delay = Duration.ofMillis(300);
        simulator.faults().next(FaultRule.on("GET", POLL_PATH).delay(delay).build());

        long started = System.nanoTime();
        try (Response response = poll(client)) {
            assertThat(response.code()).isEqualTo(200);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void droppedConnectionGivesTheClientAnIOException() throws IOException {
        simulator.faults().next(FaultRule.on("GET", POLL_PATH).dropConnection().build());
        OkHttpClient noRetries = client.newBuilder().retryOnConnectionFailure(false).build();

        assertThatThrownBy(() -> poll(noRetries).close()).isInstanceOf(IOException.class);
        try (Response next = poll(noRetries)) {
            assertThat(next.code()).isEqualTo(200);
        }
    }

    @Test
    void aRuleAppliesToAsManyMatchingRequestsAsItSays() throws IOException {
        simulator.faults().next(FaultRule.on("*", "/tjenester/").respondWithStatus(500).times(2).build());

        try (Response first = poll(client); Response second = poll(client); Response third = poll(client)) {
            assertThat(first.code()).isEqualTo(500);
            assertThat(second.code()).isEqualTo(500);
            assertThat(third.code()).isEqualTo(200);
        }
    }

    @Test
    void rulesApplyInOrderAndOnlyToMatchingRequests() throws IOException {
        simulator.faults().next(FaultRule.on("POST", POLL_PATH).respondWithStatus(502).build());
        simulator.faults().next(FaultRule.matching("GET", Pattern.compile(".*/forsendelser")).respondWithStatus(429)
                .build());
        simulator.faults().next(FaultRule.on("GET", POLL_PATH).respondWithStatus(504).build());

        try (Response first = poll(client); Response second = poll(client); Response third = poll(client)) {
            assertThat(first.code()).isEqualTo(429);
            assertThat(second.code()).isEqualTo(504);
            assertThat(third.code()).isEqualTo(200);
        }
        assertThat(simulator.faults().pending()).as("the POST rule is still waiting").isEqualTo(1);
    }

    @Test
    void ruleThatDoesNothingIsRefused() {
        assertThatThrownBy(() -> FaultRule.on("GET", POLL_PATH).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FaultRule.on("GET", POLL_PATH).respondWithStatus(503).dropConnection().build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FaultRule.on("GET", "tjenester")).isInstanceOf(IllegalArgumentException.class);
    }
}
