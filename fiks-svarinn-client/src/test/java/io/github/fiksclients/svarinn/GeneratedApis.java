package io.github.fiksclients.svarinn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.ApiDescriptor;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Creates generated Retrofit interfaces that talk to a test server through the shared runtime, authenticated as
 * their manifest entry says: as a receiving system with HTTP Basic for SvarInn v1 and v2, as an integration for
 * SvarInn2.
 */
public final class GeneratedApis {

    /** The integration id of integrasjon-mode requests. */
    public static final String INTEGRASJON_ID = "0c9a7e55-3b21-4d8f-a6e2-5f4b3c2d1e0f";

    /** The integration password of integrasjon-mode requests. */
    public static final String INTEGRASJON_PASSORD = "svarinn2-test-passord";

    /** The Maskinporten token of integrasjon-mode requests. */
    public static final String MASKINPORTEN_TOKEN = "maskinporten-token-for-svarinn2";

    private GeneratedApis() {
    }

    /**
     * Creates {@code api} against {@code server}.
     *
     * @param server the server the calls go to
     * @param api the generated interface
     * @param <T> the interface type
     * @return the interface
     */
    public static <T> T create(MockWebServer server, Class<T> api) {
        return create(server, api, Duration.ZERO);
    }

    /**
     * Creates {@code api} against {@code server} with a limit on the duration of each whole call.
     *
     * @param server the server the calls go to
     * @param api the generated interface
     * @param callTimeout the longest a call may take, or zero for no limit
     * @param <T> the interface type
     * @return the interface
     */
    public static <T> T create(MockWebServer server, Class<T> api, Duration callTimeout) {
        boolean basic = ApiDescriptor.of(api).orElseThrow().authentication().contains(AuthenticationMode.BASIC);
        return FiksClient.builder()
                .baseUrl(server.url("/tjenester/"))
                .authentication(basic
                        ? FiksAuthentication.basic(FakeSvarInn.MOTTAKERSYSTEM, Secret.of(FakeSvarInn.PASSORD))
                        : FiksAuthentication.integrasjon(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD),
                                () -> MASKINPORTEN_TOKEN))
                .readTimeout(Duration.ofSeconds(10))
                .callTimeout(callTimeout)
                .retryPolicy(RetryPolicy.none())
                .build()
                .create(api);
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

    /**
     * Takes the next request the server got, checking that it carried the integration's credentials.
     *
     * @param server the server
     * @return the request
     * @throws InterruptedException if interrupted while waiting
     */
    public static RecordedRequest takeAsIntegrasjon(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MASKINPORTEN_TOKEN);
        assertThat(request.getHeaders().get("IntegrasjonId")).isEqualTo(INTEGRASJON_ID);
        assertThat(request.getHeaders().get("IntegrasjonPassord")).isEqualTo(INTEGRASJON_PASSORD);
        return request;
    }
}
