package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fiksclients.errors.FiksBadRequestException;
import io.github.fiksclients.errors.FiksConflictException;
import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksNotFoundException;
import io.github.fiksclients.errors.FiksServerException;
import io.github.fiksclients.errors.FiksTooManyRequestsException;
import io.github.fiksclients.errors.FiksUnauthorizedException;
import io.github.fiksclients.errors.FiksUnprocessableEntityException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiksHttpExceptionMappingTest {

    private static final String FORBIDDEN_BODY = """
            {"timestamp":1767225600000,"status":403,"error":"Forbidden","errorId":"7f3c2a",
             "path":"/api/v2/indexRequest","originalPath":"/innsyn-index/api/v2/indexRequest",
             "message":"Integrasjonen er ikke autorisert for indeksering",
             "errorCode":"INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX",
             "errorJson":{"integrasjonId":"3f1e9b1c","fiksOrgId":"b2a4d6e8"}}
            """;

    @RegisterExtension
    final ProbeServer probe = new ProbeServer();

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
        probe.enqueue(status, "application/json", "{\"status\":" + status + ",\"message\":\"nope\",\"errorId\":\"e1\"}");

        FiksHttpException thrown = catchThrowableOfType(FiksHttpException.class, () -> probe.api.get().execute());

        assertThat(thrown).isExactlyInstanceOf(expected);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.method()).isEqualTo("GET");
        assertThat(thrown.path()).isEqualTo("/probe");
        assertThat(thrown.errorId()).isEqualTo("e1");
        assertThat(thrown.fiksError()).hasValueSatisfying(error -> assertThat(error.message()).isEqualTo("nope"));
    }

    @Test
    void messageNamesStatusRequestMessageAndIds() {
        probe.enqueue(403, "application/json", FORBIDDEN_BODY);

        FiksForbiddenException thrown = catchThrowableOfType(FiksForbiddenException.class,
                () -> probe.api.index(new ProbeApi.Probe("x")).execute());

        assertThat(thrown).hasMessage("403 Forbidden on PUT /innsyn-index/api/v2/indexRequest: "
                + "Integrasjonen er ikke autorisert for indeksering "
                + "(errorId 7f3c2a, errorCode INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX)");
        assertThat(thrown.errorCode()).isEqualTo("INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX");
    }

    @Test
    void messageWithoutFiksErrorQuotesTheBodyExcerpt() {
        probe.enqueue(502, "text/plain", "upstream connect error");

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class,
                () -> probe.api.get().execute());

        assertThat(thrown).hasMessage("502 Bad Gateway on GET /probe: upstream connect error");
        assertThat(thrown.errorId()).isNull();
        assertThat(thrown.errorCode()).isNull();
    }

    /** The details a Fiks service attaches to an authorization error, bound to a class of the caller's own. */
    static final class NotAuthorizedDetails {
        String integrasjonId;
        String fiksOrgId;
    }

    @Test
    void errorJsonReadsAsMapAndAsBoundClass() {
        probe.enqueue(403, "application/json", FORBIDDEN_BODY);

        FiksError error = catchThrowableOfType(FiksForbiddenException.class,
                () -> probe.api.get().execute()).fiksError().orElseThrow();

        assertThat(error.errorJsonAsMap()).isEqualTo(Map.of("integrasjonId", "3f1e9b1c", "fiksOrgId", "b2a4d6e8"));
        NotAuthorizedDetails details = error.errorJsonAs(NotAuthorizedDetails.class).orElseThrow();
        assertThat(details.integrasjonId).isEqualTo("3f1e9b1c");
        assertThat(details.fiksOrgId).isEqualTo("b2a4d6e8");
        assertThat(error.originalPath()).isEqualTo("/innsyn-index/api/v2/indexRequest");
        assertThat(error.timestamp()).hasToString("2026-01-01T00:00:00Z");
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        probe.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());

        FiksTooManyRequestsException thrown = catchThrowableOfType(FiksTooManyRequestsException.class,
                () -> probe.api.get().execute());

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(thrown.isRetryable()).isTrue();
    }

    @ParameterizedTest(name = "{0} retryable: {1}")
    @MethodSource("retryability")
    void retryableStatusesAreTheTransientOnes(int status, boolean retryable) {
        probe.enqueue(status, "text/plain", "");

        FiksHttpException thrown = catchThrowableOfType(FiksHttpException.class, () -> probe.api.get().execute());

        assertThat(thrown.isRetryable()).isEqualTo(retryable);
    }

    static Stream<Arguments> retryability() {
        return Stream.of(
                Arguments.of(400, false), Arguments.of(404, false), Arguments.of(408, true), Arguments.of(429, true),
                Arguments.of(500, true), Arguments.of(501, false), Arguments.of(503, true), Arguments.of(505, false));
    }
}
