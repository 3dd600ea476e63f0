package io.github.fiksclients.core;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A MockWebServer with a {@link ProbeApi} on a {@link FiksClient} pointed at it; started per test when registered. */
final class ProbeServer implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    MockWebServer server;
    FiksClient fiks;
    ProbeApi api;

    /** Starts the server with a client that sends each request once, so every failure reaches the test as it is. */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        start(new OkHttpClient());
    }

    void start(OkHttpClient httpClient) throws IOException {
        server = new MockWebServer();
        server.start();
        fiks = FiksClient.builder()
                .baseUrl(server.url("/"))
                .okHttpClient(httpClient)
                .retryPolicy(RetryPolicy.none())
                .build();
        api = fiks.create(ProbeApi.class);
    }

    void enqueue(int status, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", contentType).body(body).build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
        fiks.httpClient().dispatcher().executorService().shutdown();
        fiks.httpClient().connectionPool().evictAll();
    }
}
