package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fiksclients.errors.FiksServerException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A storm of 503s with {@code Retry-After}: calls recover within the retry budget, and fail typed beyond it. */
class RetryBudgetTest {

    /** Only guards against a hang; no test asserts on timing. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void stormOfServiceUnavailableWithRetryAfterThenRecoverySucceedsWithinTheBudget() {
        unavailable(4, "0");
        server.enqueueJson(200, "{\"antall\":2}");
        FiksClient client = server.client().retryPolicy(policy(5, Duration.ofSeconds(30))).build();

        Map<String, Object> body = api(client).list().execute();

        assertThat(body).containsEntry("antall", 2.0);
        assertThat(server.requests()).isEqualTo(5);
    }

    @Test
    void retryAfterAsADateInThePastRetriesAtOnce() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
        unavailable(2, past);
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().retryPolicy(policy(3, Duration.ofSeconds(30))).build();

        api(client).list().execute();

        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void stormLongerThanTheAttemptsFailsWithARetryableServerException() {
        unavailable(6, "0");
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().retryPolicy(policy(5, Duration.ofSeconds(30))).build();

        FiksServerException thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(FiksServerException.class, () -> api(client).list().execute()));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(thrown.retryAfter()).contains(Duration.ZERO);
        assertThat(server.requests()).isEqualTo(5);
    }

    @Test
    void postAnsweredServiceUnavailableWithRetryAfterZeroIsSentOnce() {
        unavailable(1, "0");
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().retryPolicy(policy(5, Duration.ofSeconds(30))).build();

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class,
                () -> api(client).send(Map.of("tittel", "Vedtak")).execute());

        assertThat(thrown.retryAfter()).contains(Duration.ZERO);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void retryAfterLongerThanTheRemainingTimeGivesUpAtOnceInsteadOfSleeping() {
        unavailable(1, "0");
        unavailable(1, "3600");
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().retryPolicy(policy(5, Duration.ofSeconds(60))).build();

        FiksServerException thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchThrowableOfType(FiksServerException.class, () -> api(client).list().execute()));

        assertThat(thrown.retryAfter()).contains(Duration.ofHours(1));
        assertThat(thrown.isRetryable()).isTrue();
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void budgetCountsAttemptsAndRefusesWaitsPastTheElapsedBound() {
        RetryBudget budget = policy(3, Duration.ofSeconds(5)).newBudget();

        assertThat(budget.nextDelay(Optional.of(Duration.ofSeconds(6)))).isEmpty();
        assertThat(budget.nextDelay(Optional.of(Duration.ofSeconds(1)))).contains(Duration.ofSeconds(1));
        assertThat(budget.nextDelay(Optional.empty())).isEmpty();
        assertThat(budget.failedAttempts()).isEqualTo(3);
    }

    private void unavailable(int times, String retryAfter) {
        for (int i = 0; i < times; i++) {
            server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", retryAfter).build());
        }
    }

    /** Tiny backoffs: when the server sends no Retry-After the test still takes milliseconds. */
    private static RetryPolicy policy(int maxAttempts, Duration maxElapsed) {
        return RetryPolicy.builder()
                .maxAttempts(maxAttempts)
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .maxElapsed(maxElapsed)
                .build();
    }

    private static TestApi api(FiksClient client) {
        return client.create(TestApi.class);
    }
}
