package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.errors.FiksIOException;
import io.github.fiksclients.errors.FiksNotFoundException;
import io.github.fiksclients.errors.FiksTransportException;
import io.github.fiksclients.errors.FiksUnauthorizedException;
import io.github.fiksclients.errors.FiksUnreadableResponseException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FiksCallTest {

    @RegisterExtension
    final ProbeServer probe = new ProbeServer();

    @Test
    void executeReturnsTheBodyOfASuccess() {
        probe.enqueue(200, "application/json", "{\"name\":\"svar\"}");

        ProbeApi.Probe body = probe.api.get().execute();

        assertThat(body.name).isEqualTo("svar");
    }

    @Test
    void executeReturnsNullForNoContent() {
        probe.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(probe.api.getNothing().execute()).isNull();
    }

    @Test
    void executeAsyncCompletesWithTheBody() {
        probe.enqueue(200, "application/json", "{\"name\":\"asynkron\"}");

        ProbeApi.Probe body = probe.api.get().executeAsync().join();

        assertThat(body.name).isEqualTo("asynkron");
    }

    @Test
    void executeAsyncCompletesExceptionallyWithTheTypedException() {
        probe.enqueue(404, "application/json", "{\"status\":404,\"message\":\"Finnes ikke\"}");

        CompletableFuture<ProbeApi.Probe> future = probe.api.get().executeAsync();

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(FiksNotFoundException.class)
                .hasMessage("404 Not Found on GET /probe: Finnes ikke");
    }

    @Test
    void cancellingTheFutureCancelsTheCall() {
        probe.enqueue(new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).build());
        FiksCall<ProbeApi.Probe> call = probe.api.get();

        call.executeAsync().cancel(true);

        assertThat(call.isCanceled()).isTrue();
    }

    @Test
    void rawExecuteReturnsTheOpenResponse() throws IOException {
        probe.enqueue(200, "application/zip", "PK-bytes");

        try (Response response = probe.fiks.execute(request("/download"))) {
            assertThat(response.body().string()).isEqualTo("PK-bytes");
        }
    }

    @Test
    void rawExecuteThrowsTheTypedExceptionForAnErrorStatus() {
        probe.enqueue(401, "application/json", "{\"status\":401,\"errorId\":\"u-1\"}");

        FiksUnauthorizedException thrown = catchThrowableOfType(FiksUnauthorizedException.class,
                () -> probe.fiks.execute(request("/download")));

        assertThat(thrown.errorId()).isEqualTo("u-1");
        assertThat(thrown.path()).isEqualTo("/download");
    }

    @Test
    void ioFailureBecomesTransportExceptionNamingTheRequest() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        okhttp3.HttpUrl url = closed.url("/innsyn/api/dokumenter");
        closed.close();

        FiksTransportException thrown = catchThrowableOfType(FiksTransportException.class,
                () -> probe.fiks.execute(new Request.Builder().url(url).build()));

        assertThat(thrown.method()).isEqualTo("GET");
        assertThat(thrown.path()).isEqualTo("/innsyn/api/dokumenter");
        assertThat(thrown).hasMessageStartingWith("GET /innsyn/api/dokumenter failed before a complete response arrived: ");
        assertThat(thrown.isRetryable()).isTrue();
    }

    @Test
    void fiksExceptionRaisedInsideTheChainIsUnwrapped() throws IOException {
        FiksAuthenticationException refused = new FiksAuthenticationException("Maskinporten refused the token request");
        OkHttpClient failing = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    throw new FiksIOException(refused);
                })
                .build();
        try (ProbeServer failingProbe = new ProbeServer()) {
            failingProbe.start(failing);
            assertThatThrownBy(() -> failingProbe.api.get().execute()).isSameAs(refused);
            assertThat(failingProbe.server.getRequestCount()).isZero();
        }
    }

    @Test
    void malformedSuccessBodyBecomesUnreadableResponseException() {
        probe.enqueue(200, "application/json", "{\"name\": [unterminated");

        FiksUnreadableResponseException thrown = catchThrowableOfType(FiksUnreadableResponseException.class,
                () -> probe.api.get().execute());

        assertThat(thrown).hasMessageStartingWith("Could not read the response to GET /probe: ");
    }

    @Test
    void forbiddenThrowsItsTypedExceptionSynchronouslyAndAsynchronously() {
        String body = "{\"status\":403,\"message\":\"Ikke tilgang\",\"errorCode\":\"FIKS.IKKE_TILGANG\"}";
        probe.enqueue(403, "application/json", body);
        probe.enqueue(403, "application/json", body);

        FiksForbiddenException sync = catchThrowableOfType(FiksForbiddenException.class, () -> probe.api.get().execute());
        CompletableFuture<ProbeApi.Probe> async = probe.api.get().executeAsync();

        assertThat(sync.errorCode()).isEqualTo("FIKS.IKKE_TILGANG");
        assertThatThrownBy(async::join).cause()
                .isInstanceOf(FiksForbiddenException.class)
                .hasMessage("403 Forbidden on GET /probe: Ikke tilgang (errorCode FIKS.IKKE_TILGANG)");
    }

    @Test
    void emptySuccessBodyForAJsonTypeIsUnreadableSyncAndAsync() {
        probe.enqueue(200, "application/json", "");
        probe.enqueue(200, "application/json", "");

        assertThatThrownBy(() -> probe.api.get().execute()).isInstanceOf(FiksUnreadableResponseException.class);
        assertThatThrownBy(() -> probe.api.get().executeAsync().join()).cause()
                .isInstanceOf(FiksUnreadableResponseException.class)
                .hasMessageStartingWith("Could not read the response to GET /probe: ");
    }

    @Test
    void numberThatDoesNotFitIsUnreadable() {
        probe.enqueue(200, "application/json", "{\"name\":\"x\",\"count\":12345678901234567890}");

        assertThatThrownBy(() -> probe.api.get().execute()).isInstanceOf(FiksUnreadableResponseException.class);
    }

    @Test
    void wrongJsonTypeIsUnreadableAndNotRetried() {
        FiksClient retrying = FiksClient.builder().baseUrl(probe.server.url("/")).build();
        probe.enqueue(200, "application/json", "[\"a list, not an object\"]");

        assertThatThrownBy(() -> retrying.create(ProbeApi.class).get().execute())
                .isInstanceOf(FiksUnreadableResponseException.class);
        assertThat(probe.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void executeForResponseGivesStatusAndHeaders() {
        probe.enqueue(new MockResponse.Builder().code(201).setHeader("Location", "/probe/7")
                .setHeader("Content-Type", "application/json").body("{\"name\":\"ny\"}").build());

        FiksResponse<ProbeApi.Probe> response = probe.api.get().executeForResponse();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().get("Location")).isEqualTo("/probe/7");
        assertThat(response.body().name).isEqualTo("ny");
    }

    @Test
    void aCallIsSentOnceAndItsCloneAgain() {
        probe.enqueue(200, "application/json", "{\"name\":\"en\"}");
        probe.enqueue(200, "application/json", "{\"name\":\"to\"}");
        FiksCall<ProbeApi.Probe> call = probe.api.get();

        assertThat(call.execute().name).isEqualTo("en");
        assertThatThrownBy(call::execute).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(call::executeAsync).isInstanceOf(IllegalStateException.class);
        assertThat(call.clone().execute().name).isEqualTo("to");
    }

    @Test
    void interfacesReturningRetrofitCallsAreRefused() {
        assertThatThrownBy(() -> probe.fiks.create(LegacyApi.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasStackTraceContaining("instead of retrofit2.Call<T>");
    }

    /** A Retrofit interface the old way, which could return an unsuccessful response silently. */
    interface LegacyApi {
        @retrofit2.http.GET("probe")
        retrofit2.Call<List<String>> get();
    }

    private Request request(String path) {
        return new Request.Builder().url(probe.server.url(path)).build();
    }
}
