package io.github.fiksclients.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FiksHttpExceptionsTest {

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, FiksBadRequestException.class),
                Arguments.of(401, FiksUnauthorizedException.class),
                Arguments.of(403, FiksForbiddenException.class),
                Arguments.of(404, FiksNotFoundException.class),
                Arguments.of(409, FiksConflictException.class),
                Arguments.of(422, FiksUnprocessableEntityException.class),
                Arguments.of(429, FiksTooManyRequestsException.class),
                Arguments.of(500, FiksServerException.class),
                Arguments.of(502, FiksServerException.class),
                Arguments.of(503, FiksServerException.class),
                Arguments.of(418, FiksHttpException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void mapsStatusToItsExceptionType(int status, Class<? extends FiksHttpException> expected) {
        FiksHttpException thrown = FiksHttpExceptions.of(status, "", "GET", "/probe",
                bytes("{\"status\":" + status + ",\"message\":\"nope\",\"errorId\":\"e1\"}"), null);

        assertThat(thrown).isExactlyInstanceOf(expected);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.method()).isEqualTo("GET");
        assertThat(thrown.path()).isEqualTo("/probe");
        assertThat(thrown.errorId()).isEqualTo("e1");
        assertThat(thrown.fiksError()).hasValueSatisfying(error -> assertThat(error.message()).isEqualTo("nope"));
        assertThat(thrown.isRetryable()).isEqualTo(FiksHttpExceptions.isRetryableStatus(status));
    }

    @ParameterizedTest(name = "{0} retryable: {1}")
    @MethodSource("retryability")
    void retryableStatusesAreTheTransientOnes(int status, boolean retryable) {
        FiksHttpException thrown = FiksHttpExceptions.of(status, "", "GET", "/x", new byte[0], null);

        assertThat(thrown.isRetryable()).isEqualTo(retryable);
    }

    static Stream<Arguments> retryability() {
        return Stream.of(
                Arguments.of(400, false), Arguments.of(404, false), Arguments.of(408, true), Arguments.of(429, true),
                Arguments.of(500, true), Arguments.of(501, false), Arguments.of(503, true), Arguments.of(505, false));
    }

    @Test
    void usesTheStandardReasonWhenTheServerSendsNone() {
        FiksHttpException thrown = FiksHttpExceptions.of(403, null, "PUT", "/api/x", null, null);

        assertThat(thrown).hasMessage("403 Forbidden on PUT /api/x");
        assertThat(thrown.fiksError()).isEmpty();
        assertThat(thrown.bodyExcerpt()).isEmpty();
    }

    @Test
    void readsRetryAfterInSeconds() {
        FiksHttpException thrown = FiksHttpExceptions.of(503, "Service Unavailable", "GET", "/x", new byte[0], "7");

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void keepsAnExcerptOfABodyThatIsNoFiksError() {
        FiksHttpException thrown = FiksHttpExceptions.of(502, "Bad Gateway", "GET", "/x",
                bytes("<html>proxy\nerror</html>"), null);

        assertThat(thrown.fiksError()).isEmpty();
        assertThat(thrown.bodyExcerpt()).isEqualTo("<html>proxy\\nerror</html>");
        assertThat(thrown).hasMessage("502 Bad Gateway on GET /x: <html>proxy\\nerror</html>");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
