package io.github.fiksclients.svarinn;

import com.google.gson.Gson;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import java.time.Duration;
import mockwebserver3.MockWebServer;

/** Creates generated Retrofit interfaces that talk to a test server through the shared runtime. */
public final class GeneratedApis {

    private GeneratedApis() {
    }

    /**
     * Creates {@code api} against {@code server}, decoding with the generated {@code gson}.
     *
     * @param server the server the calls go to
     * @param api the generated interface
     * @param gson the generated {@code JSON.gson()} of the interface's spec
     * @param <T> the interface type
     * @return the interface
     */
    public static <T> T create(MockWebServer server, Class<T> api, Gson gson) {
        return create(server, api, gson, Duration.ZERO);
    }

    /**
     * Creates {@code api} against {@code server} with a limit on the duration of each whole call.
     *
     * @param server the server the calls go to
     * @param api the generated interface
     * @param gson the generated {@code JSON.gson()} of the interface's spec
     * @param callTimeout the longest a call may take, or zero for no limit
     * @param <T> the interface type
     * @return the interface
     */
    public static <T> T create(MockWebServer server, Class<T> api, Gson gson, Duration callTimeout) {
        return FiksClient.builder()
                .baseUrl(server.url("/tjenester/"))
                .readTimeout(Duration.ofSeconds(10))
                .callTimeout(callTimeout)
                .retryPolicy(RetryPolicy.none())
                .build()
                .create(api, gson);
    }
}
