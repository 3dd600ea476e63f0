package io.github.fiksclients.core;

import com.google.gson.Gson;
import io.github.fiksclients.auth.FiksAuthentication;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A MockWebServer per test, with a way to build a {@link FiksClient} on it. */
final class TestServer implements BeforeEachCallback, AfterEachCallback {

    static final Gson GSON = new Gson();

    MockWebServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    /** A builder aimed at this server, with fast retries. */
    FiksClient.Builder client() {
        return FiksClient.builder()
                .baseUrl(server.url("/"))
                .retryPolicy(RetryPolicy.builder().initialBackoff(java.time.Duration.ofMillis(5)).build());
    }

    FiksClient client(FiksAuthentication authentication) {
        return client().authentication(authentication).build();
    }

    void enqueue(int status) {
        server.enqueue(new MockResponse.Builder().code(status).build());
    }

    void enqueueJson(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest take() throws InterruptedException {
        return server.takeRequest();
    }

    int requests() {
        return server.getRequestCount();
    }
}
