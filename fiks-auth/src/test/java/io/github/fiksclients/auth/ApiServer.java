package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksIOException;
import java.io.UncheckedIOException;
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

    /**
     * Sends a raw request as a Fiks client does: bound to the caller's thread first, and a Fiks exception carried out
     * of the interceptor chain thrown as itself.
     */
    static Response send(OkHttpClient client, FiksAuthentication authentication, Request request) {
        try {
            return client.newCall(authentication.bindToCaller(request)).execute();
        } catch (FiksIOException e) {
            throw e.fiksException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request request(String path) {
        return new Request.Builder().url(server.url(path)).build();
    }

    /** Sends a GET with one authentication, failing with the typed exception as a caller would see it. */
    void get(FiksAuthentication authentication, String path) {
        try (Response response = send(client(authentication), authentication, request(path))) {
            response.body().string();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
