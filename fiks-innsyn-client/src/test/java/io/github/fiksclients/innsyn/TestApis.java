package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The one place where the tests wire a generated Retrofit interface to a server and run its calls, so that all
 * tests can move to the shared runtime by changing this class alone.
 */
public final class TestApis {

    private static final OkHttpClient CLIENT = new OkHttpClient();

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
        return new Retrofit.Builder()
                .baseUrl(server.url("/"))
                .client(CLIENT)
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build()
                .create(api);
    }

    /**
     * Runs a call, requires a successful status and returns the decoded body.
     *
     * @param call the call to run
     * @param <T> the body type
     * @return the decoded body
     * @throws IOException when the exchange fails
     */
    public static <T> T execute(Call<T> call) throws IOException {
        Response<T> response = call.execute();
        assertThat(response.isSuccessful()).as("HTTP status %s", response.code()).isTrue();
        return response.body();
    }
}
