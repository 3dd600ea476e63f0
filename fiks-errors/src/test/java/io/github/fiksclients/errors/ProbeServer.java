package io.github.fiksclients.errors;

import com.google.gson.Gson;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** A MockWebServer with a Retrofit {@link ProbeApi} pointed at it. */
final class ProbeServer implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    final OkHttpClient client;
    final ProbeApi api;

    ProbeServer() throws IOException {
        this(new OkHttpClient.Builder().retryOnConnectionFailure(false).build());
    }

    ProbeServer(OkHttpClient client) throws IOException {
        server.start();
        this.client = client;
        this.api = new Retrofit.Builder()
                .baseUrl(server.url("/"))
                .client(client)
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
    public void close() {
        server.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
