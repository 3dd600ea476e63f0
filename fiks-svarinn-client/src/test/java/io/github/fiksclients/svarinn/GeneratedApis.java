package io.github.fiksclients.svarinn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Creates generated Retrofit interfaces that talk to a test server through the shared runtime, authenticated as a
 * receiving system with HTTP Basic, as SvarInn requires.
 */
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
                .authentication(FiksAuthentication.basic(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD)))
                .readTimeout(Duration.ofSeconds(10))
                .callTimeout(callTimeout)
                .retryPolicy(RetryPolicy.none())
                .build()
                .create(api, gson);
    }

    /**
     * Takes the next request the server got, checking that it carried the receiving system's Basic credentials.
     *
     * @param server the server
     * @return the request
     * @throws InterruptedException if interrupted while waiting
     */
    public static RecordedRequest takeAuthenticated(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(FakeSvarInn.BASIC);
        return request;
    }
}
