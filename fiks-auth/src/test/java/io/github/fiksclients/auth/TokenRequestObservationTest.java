package io.github.fiksclients.auth;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each Maskinporten token request of a provider built with an observation registry is one observation. */
class TokenRequestObservationTest {

    private static final String NAME = "fiks.maskinporten.token.requests";

    private static TestKeys keys;

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private FakeMaskinporten maskinporten;

    @BeforeAll
    static void makeKeys() {
        keys = TestKeys.generate("TokenRequestObservationTest");
    }

    @BeforeEach
    void start() throws Exception {
        maskinporten = new FakeMaskinporten();
    }

    @AfterEach
    void stop() {
        maskinporten.close();
    }

    @Test
    void aTokenRequestIsObservedOnceAndACachedTokenNotAtAll() {
        MaskinportenTokenProvider tokens = maskinporten.provider(keys).observationRegistry(registry).build();

        tokens.accessToken();
        tokens.accessToken();

        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1)
                .hasObservationWithNameEqualTo(NAME).that()
                .hasContextualNameEqualTo("maskinporten token")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasBeenStopped();
    }

    @Test
    void aRefusalIsAClientErrorWithMaskinportensStatus() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(401, "{\"error\":\"invalid_client\"}"));
        MaskinportenTokenProvider tokens = maskinporten.provider(keys).observationRegistry(registry).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("status", "401")
                .hasLowCardinalityKeyValue("exception", "MaskinportenClientTokenRequestException")
                .hasError();
    }

    @Test
    void anOutageIsAServerError() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        MaskinportenTokenProvider tokens = maskinporten.provider(keys).observationRegistry(registry).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
                .hasLowCardinalityKeyValue("status", "503");
    }

    @Test
    void anUnreachableEndpointHasNoStatus() throws Exception {
        MaskinportenTokenProvider tokens;
        try (FakeMaskinporten closed = new FakeMaskinporten()) {
            tokens = closed.provider(keys).observationRegistry(registry).build();
        }

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
                .hasLowCardinalityKeyValue("status", "IO_ERROR")
                .hasLowCardinalityKeyValue("exception", "HttpHostConnectException");
    }

    @Test
    void aRememberedFailureIsNoNewRequest() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        MaskinportenTokenProvider tokens = maskinporten.provider(keys).observationRegistry(registry).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);
        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1);
    }
}
