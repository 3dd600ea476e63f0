package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksIOException;
import java.util.Objects;
import okhttp3.Interceptor;

/**
 * Integrasjon mode: each request carries a Maskinporten token and the integration's id and password.
 *
 * <p>Created by {@link FiksAuthentication#integrasjon}. Immutable and thread-safe.
 */
public final class IntegrasjonAuthentication extends IntegrasjonBearerAuthentication {

    private final AccessTokenProvider tokens;

    IntegrasjonAuthentication(String integrasjonId, Secret integrasjonPassord, AccessTokenProvider tokens) {
        super(integrasjonId, integrasjonPassord);
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public AuthenticationMode mode() {
        return AuthenticationMode.INTEGRASJON;
    }

    @Override
    String bearerToken(Interceptor.Chain chain) throws FiksIOException {
        return obtain("access token provider", () -> tokens.accessToken(chain.call()));
    }

    @Override
    String tokenName() {
        return "Maskinporten access token";
    }

    @Override
    public String toString() {
        return "IntegrasjonAuthentication{integrasjonId=" + integrasjonId() + ", tokens=" + tokens + "}";
    }
}
