package io.github.fiksclients.auth;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each Maskinporten token request of a provider built with an observation registry is one observation. */
class TokenRequestObservationTest {

    private static final String NAME = "fiks.maskinporten.token.requests";

    private static final TestKeys KEYS = TestKeys.generate("TokenRequestObservationTest");

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    @RegisterExtension
    final FakeMaskinporten maskinporten = FakeMaskinporten.started();

    @Test
    void aTokenRequestIsObservedOnceAndACachedTokenNotAtAll() {
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).observationRegistry(registry).build();

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
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).observationRegistry(registry).build();

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
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).observationRegistry(registry).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
                .hasLowCardinalityKeyValue("status", "503");
    }

    @Test
    void anUnreachableEndpointHasNoStatus() throws Exception {
        MaskinportenTokenProvider tokens;
        try (FakeMaskinporten closed = new FakeMaskinporten()) {
            tokens = closed.provider(KEYS).observationRegistry(registry).build();
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
        MaskinportenTokenProvider tokens = maskinporten.provider(KEYS).observationRegistry(registry).build();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);
        assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksAuthenticationException.class);

        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1);
    }
}
