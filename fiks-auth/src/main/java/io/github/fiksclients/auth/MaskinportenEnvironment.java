package io.github.fiksclients.auth;

import java.net.URI;

/** The Maskinporten environments: where tokens are requested and the audience of the grant. */
public enum MaskinportenEnvironment {

    /** Maskinporten's test environment (ver2), for Fiks test. */
    TEST("https://test.maskinporten.no/"),

    /** Maskinporten's production environment, for Fiks production. */
    PROD("https://maskinporten.no/");

    private final String audience;

    MaskinportenEnvironment(String audience) {
        this.audience = audience;
    }

    /**
     * The token endpoint.
     *
     * @return for example {@code https://test.maskinporten.no/token}
     */
    public URI tokenEndpoint() {
        return URI.create(audience + "token");
    }

    /**
     * The audience the grant must name: the issuer URL, without {@code /token}.
     *
     * @return for example {@code https://test.maskinporten.no/}
     */
    public String audience() {
        return audience;
    }
}
