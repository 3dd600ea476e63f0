package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link MockWebServer} per test with one generated API pointed at it, registered as a JUnit extension
 * ({@code @RegisterExtension final ApiServer<XApi> server = new ApiServer<>(XApi.class);}).
 *
 * @param <T> the generated Retrofit interface
 */
public final class ApiServer<T> implements BeforeEachCallback, AfterEachCallback {

    private final Class<T> apiType;
    private MockWebServer server;
    private T api;

    /**
     * Prepares a server for the given API; it starts before each test and stops after it.
     *
     * @param apiType the generated Retrofit interface
     */
    public ApiServer(Class<T> apiType) {
        this.apiType = apiType;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
        api = TestApis.create(server, apiType);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    /**
     * Returns the API that talks to this test's server.
     *
     * @return the API
     */
    public T api() {
        return api;
    }

    /**
     * Queues a {@code 200} response with a JSON body for the next request.
     *
     * @param json the response body
     */
    public void respondWith(String json) {
        respondWith(200, json);
    }

    /**
     * Queues a response with the given status and JSON body for the next request.
     *
     * @param status the HTTP status
     * @param json the response body
     */
    public void respondWith(int status, String json) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build());
    }

    /**
     * Returns the next request the server received, failing the test when none arrived.
     *
     * @return the recorded request
     * @throws InterruptedException when the test is interrupted while waiting
     */
    public RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }
}
