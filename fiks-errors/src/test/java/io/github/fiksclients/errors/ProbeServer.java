package io.github.fiksclients.errors;

import com.google.gson.Gson;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** A MockWebServer with a Retrofit {@link ProbeApi} pointed at it; started per test when registered. */
final class ProbeServer implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    MockWebServer server;
    OkHttpClient client;
    ProbeApi api;

    /** Starts the server with a client that, like Fiks clients, leaves retries to the caller. */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        start(new OkHttpClient.Builder().retryOnConnectionFailure(false).build());
    }

    void start(OkHttpClient httpClient) throws IOException {
        server = new MockWebServer();
        server.start();
        client = httpClient;
        api = new Retrofit.Builder()
                .baseUrl(server.url("/"))
                .client(httpClient)
                .addConverterFactory(GsonConverterFactory.create(new Gson()))
                .build()
                .create(ProbeApi.class);
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
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
