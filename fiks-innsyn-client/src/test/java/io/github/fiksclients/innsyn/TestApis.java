package io.github.fiksclients.innsyn;

import com.google.gson.Gson;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksCalls;
import mockwebserver3.MockWebServer;
import retrofit2.Call;

/**
 * The one place where the tests wire a generated Retrofit interface to a server and run its calls: through the
 * shared runtime ({@link FiksClient}) and {@link FiksCalls}, as users do.
 */
public final class TestApis {

    private TestApis() {
    }

    /**
     * Creates a generated API interface that talks to the given server with the given spec's Gson.
     *
     * @param server the started server whose root is the base URL
     * @param api the generated Retrofit interface
     * @param gson the Gson of the spec the interface belongs to ({@code JSON.gson()} in its package)
     * @param <T> the interface type
     * @return the API
     */
    public static <T> T create(MockWebServer server, Class<T> api, Gson gson) {
        return FiksClient.builder()
                .baseUrl(server.url("/"))
                .retryPolicy(RetryPolicy.none())
                .build()
                .create(api, gson);
    }

    /**
     * Runs a call and returns the decoded body; a failed status throws the typed Fiks exception.
     *
     * @param call the call to run
     * @param <T> the body type
     * @return the decoded body
     */
    public static <T> T execute(Call<T> call) {
        return FiksCalls.execute(call);
    }
}
