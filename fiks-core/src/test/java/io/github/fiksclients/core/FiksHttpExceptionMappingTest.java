package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.errors.FiksNotFoundException;
import io.github.fiksclients.errors.FiksServerException;
import io.github.fiksclients.errors.FiksTooManyRequestsException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the runtime adds to the mapping in fiks-errors ({@code FiksHttpExceptionsTest} covers each status, the
 * retryable ones and the Fiks error body): that a failed call hands the response's status, reason, request method
 * and path, body and {@code Retry-After} header to it.
 */
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

    @Test
    void aFailedCallThrowsTheExceptionOfItsStatusWithTheRequestAndTheFiksError() {
        probe.enqueue(404, "application/json", "{\"status\":404,\"message\":\"nope\",\"errorId\":\"e1\"}");

        FiksNotFoundException thrown = catchThrowableOfType(FiksNotFoundException.class,
                () -> probe.api.get().execute());

        assertThat(thrown.status()).isEqualTo(404);
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
        assertThat(thrown.fiksError().orElseThrow().errorJsonAsMap()).containsEntry("integrasjonId", "3f1e9b1c");
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

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        probe.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());

        FiksTooManyRequestsException thrown = catchThrowableOfType(FiksTooManyRequestsException.class,
                () -> probe.api.get().execute());

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(thrown.isRetryable()).isTrue();
    }
}
