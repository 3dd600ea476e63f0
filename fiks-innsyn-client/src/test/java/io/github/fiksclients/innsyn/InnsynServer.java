package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link MockWebServer} per test and {@link InnsynClient}s pointed at it, in integration mode with a lambda
 * access token provider, registered as a JUnit extension.
 */
public final class InnsynServer implements BeforeEachCallback, AfterEachCallback {

    /** The Maskinporten token the test clients send. */
    public static final String ACCESS_TOKEN = "test-access-token";

    /** The integration id the test clients send. */
    public static final String INTEGRASJON_ID = "5c3a9e1f-7b24-4d08-9e6a-1f2b3c4d5e6f";

    /** The integration password the test clients send. */
    public static final String INTEGRASJON_PASSORD = "test-integrasjon-passord";

    /** Retries as the defaults do, but without waiting long. */
    public static final RetryPolicy QUICK_RETRIES = RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build();

    private final List<InnsynClient> clients = new ArrayList<>();
    private MockWebServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clients.forEach(InnsynClient::close);
        clients.clear();
        server.close();
    }

    /**
     * Returns a client with the test integration, quick retries and Innsyn's batch size.
     *
     * @return the client, closed after the test
     */
    public InnsynClient client() {
        return client(builder -> { });
    }

    /**
     * Returns a client with the test integration and quick retries, changed as the test needs.
     *
     * @param settings changes to the builder
     * @return the client, closed after the test
     */
    public InnsynClient client(Consumer<InnsynClient.Builder> settings) {
        InnsynClient.Builder builder = InnsynClient.builder()
                .baseUrl(server.url("/"))
                .integrasjon(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD))
                .accessTokenProvider(() -> ACCESS_TOKEN)
                .retryPolicy(QUICK_RETRIES);
        settings.accept(builder);
        InnsynClient client = builder.build();
        clients.add(client);
        return client;
    }

    /**
     * Returns a builder pointed at this server with nothing else set, for clients that differ from the test one.
     *
     * @return the builder; close what it builds
     */
    public InnsynClient.Builder bareBuilder() {
        return InnsynClient.builder().baseUrl(server.url("/"));
    }

    /**
     * Queues a {@code 200} response with a JSON body.
     *
     * @param json the body
     */
    public void respondWith(String json) {
        respondWith(200, json);
    }

    /**
     * Queues a response with a status and a JSON body.
     *
     * @param status the HTTP status
     * @param json the body
     */
    public void respondWith(int status, String json) {
        server.enqueue(json(status, json));
    }

    /**
     * Answers every request by a function of the request, instead of from the queue.
     *
     * @param answer the answer to each request
     */
    public void answerWith(Function<RecordedRequest, MockResponse> answer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer.apply(request);
            }
        });
    }

    /**
     * Returns the next request the server received, failing the test when none arrived.
     *
     * @return the request
     * @throws InterruptedException when the test is interrupted while waiting
     */
    public RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    /**
     * Returns how many requests the server has received.
     *
     * @return the count
     */
    public int requestCount() {
        return server.getRequestCount();
    }

    /**
     * Asserts that a request was authenticated in integration mode: the test access token, id and password.
     *
     * @param request the request the server received
     */
    public static void assertIntegrasjonMode(RecordedRequest request) {
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertIntegrasjon(request);
    }

    /**
     * Asserts that a request was authenticated in integration-person mode: a citizen's token, the test id and
     * password.
     *
     * @param request the request the server received
     * @param personToken the citizen's token the request must carry
     */
    public static void assertPersonMode(RecordedRequest request, String personToken) {
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + personToken);
        assertIntegrasjon(request);
    }

    private static void assertIntegrasjon(RecordedRequest request) {
        assertThat(request.getHeaders().get("IntegrasjonId")).isEqualTo(INTEGRASJON_ID);
        assertThat(request.getHeaders().get("IntegrasjonPassord")).isEqualTo(INTEGRASJON_PASSORD);
    }

    /**
     * Builds a response with a status and a JSON body.
     *
     * @param status the HTTP status
     * @param json the body
     * @return the response
     */
    public static MockResponse json(int status, String json) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build();
    }
}
