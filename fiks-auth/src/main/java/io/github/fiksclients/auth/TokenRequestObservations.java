package io.github.fiksclients.auth;

import java.util.function.Supplier;

/**
 * The observations of a token provider's token requests, as the provider sees them: free of Micrometer types, so
 * that a provider built without an {@code ObservationRegistry} loads no Micrometer class.
 */
interface TokenRequestObservations {

    /**
     * Makes one token request under observation.
     *
     * @param request the request; returns the token or throws
     * @return the token
     */
    String observe(Supplier<String> request);
}
