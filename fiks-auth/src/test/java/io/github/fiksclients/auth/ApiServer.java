package io.github.fiksclients.auth;

import java.io.IOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A Fiks API stand-in that answers every request with 200 and records it; and a client with one authentication. */
final class ApiServer implements AutoCloseable {

    final MockWebServer server = new MockWebServer();

    ApiServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).body("{}").build();
            }
        });
        server.start();
    }

    static OkHttpClient client(FiksAuthentication authentication) {
        return new OkHttpClient.Builder().addInterceptor(authentication.interceptor()).build();
    }

    Request request(String path) {
        return new Request.Builder().url(server.url(path)).build();
    }

    /** Sends a GET through the client, failing with the typed exception as a caller would see it. */
    void get(OkHttpClient client, String path) {
        try (Response response = io.github.fiksclients.errors.FiksCalls.execute(client.newCall(request(path)))) {
            response.body().string();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    RecordedRequest take() throws InterruptedException {
        return server.takeRequest();
    }

    @Override
    public void close() {
        server.close();
    }
}
