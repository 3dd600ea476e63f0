package io.github.fiksclients.auth;

/**
 * Provides the Maskinporten access token for {@linkplain FiksAuthentication#integrasjon integrasjon} mode.
 *
 * <p>Called for every request; implementations cache tokens themselves, as {@link MaskinportenTokenProvider} does.
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /**
     * Returns a valid access token.
     *
     * @return the token, without the {@code Bearer } prefix
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if no token can be had
     */
    String accessToken();

    /**
     * Returns a valid access token for one call. An implementation that may block, such as one waiting for a token
     * request, should give up when the call is canceled or its deadline passes: OkHttp's {@code callTimeout}
     * cancels the call but does not interrupt a thread blocked here. The default asks {@link #accessToken()}.
     *
     * @param call the call the token is for
     * @return the token, without the {@code Bearer } prefix
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if no token can be had in time
     */
    default String accessToken(okhttp3.Call call) {
        return accessToken();
    }
}
