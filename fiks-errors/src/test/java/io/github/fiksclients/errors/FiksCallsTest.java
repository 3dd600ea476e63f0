package io.github.fiksclients.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
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
import retrofit2.Call;

class FiksCallsTest {

    @RegisterExtension
    final ProbeServer probe = new ProbeServer();

    @Test
    void executeReturnsTheBodyOfASuccess() {
        probe.enqueue(200, "application/json", "{\"name\":\"svar\"}");

        ProbeApi.Probe body = FiksCalls.execute(probe.api.get());

        assertThat(body.name).isEqualTo("svar");
    }

    @Test
    void executeReturnsNullForNoContent() {
        probe.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(FiksCalls.execute(probe.api.getNothing())).isNull();
    }

    @Test
    void executeAsyncCompletesWithTheBody() {
        probe.enqueue(200, "application/json", "{\"name\":\"asynkron\"}");

        ProbeApi.Probe body = FiksCalls.executeAsync(probe.api.get()).join();

        assertThat(body.name).isEqualTo("asynkron");
    }

    @Test
    void executeAsyncCompletesExceptionallyWithTheTypedException() {
        probe.enqueue(404, "application/json", "{\"status\":404,\"message\":\"Finnes ikke\"}");

        CompletableFuture<ProbeApi.Probe> future = FiksCalls.executeAsync(probe.api.get());

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(FiksNotFoundException.class)
                .hasMessage("404 Not Found on GET /probe: Finnes ikke");
    }

    @Test
    void cancellingTheFutureCancelsTheCall() {
        probe.enqueue(new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).build());
        Call<ProbeApi.Probe> call = probe.api.get();

        FiksCalls.executeAsync(call).cancel(true);

        assertThat(call.isCanceled()).isTrue();
    }

    @Test
    void rawExecuteReturnsTheOpenResponse() throws IOException {
        probe.enqueue(200, "application/zip", "PK-bytes");

        try (Response response = FiksCalls.execute(probe.client.newCall(request("/download")))) {
            assertThat(response.body().string()).isEqualTo("PK-bytes");
        }
    }

    @Test
    void rawExecuteThrowsTheTypedExceptionForAnErrorStatus() {
        probe.enqueue(401, "application/json", "{\"status\":401,\"errorId\":\"u-1\"}");

        FiksUnauthorizedException thrown = catchThrowableOfType(FiksUnauthorizedException.class,
                () -> FiksCalls.execute(probe.client.newCall(request("/download"))));

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
                () -> FiksCalls.execute(probe.client.newCall(new Request.Builder().url(url).build())));

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
            assertThatThrownBy(() -> FiksCalls.execute(failingProbe.api.get())).isSameAs(refused);
            assertThat(failingProbe.server.getRequestCount()).isZero();
        }
    }

    @Test
    void malformedSuccessBodyBecomesUnreadableResponseException() {
        probe.enqueue(200, "application/json", "{\"name\": [unterminated");

        FiksUnreadableResponseException thrown = catchThrowableOfType(FiksUnreadableResponseException.class,
                () -> FiksCalls.execute(probe.api.get()));

        assertThat(thrown).hasMessageStartingWith("Could not read the response to GET /probe: ");
    }

    private Request request(String path) {
        return new Request.Builder().url(probe.server.url(path)).build();
    }
}
