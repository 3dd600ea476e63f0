package io.github.fiksclients.auth;

import java.util.Objects;
import okhttp3.Interceptor;

/**
 * Integrasjon mode: each request carries a Maskinporten token and the integration's id and password.
 *
 * <p>Created by {@link FiksAuthentication#integrasjon}. Immutable and thread-safe.
 */
public final class IntegrasjonAuthentication implements FiksAuthentication {

    private final IntegrasjonCredentials credentials;
    private final AccessTokenProvider tokens;
    private final Interceptor interceptor;

    IntegrasjonAuthentication(String integrasjonId, Secret integrasjonPassord, AccessTokenProvider tokens) {
        this.credentials = new IntegrasjonCredentials(integrasjonId, integrasjonPassord);
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.interceptor = chain -> {
            String token = IntegrasjonCredentials.obtain("access token provider", tokens::accessToken);
            return chain.proceed(credentials.authorize(chain.request(), token, "Maskinporten access token"));
        };
    }

    /**
     * The id of the integration.
     *
     * @return the integration id
     */
    public String integrasjonId() {
        return credentials.integrasjonId();
    }

    @Override
    public Interceptor interceptor() {
        return interceptor;
    }

    @Override
    public String toString() {
        return "IntegrasjonAuthentication{integrasjonId=" + credentials.integrasjonId() + ", tokens=" + tokens + "}";
    }
}
