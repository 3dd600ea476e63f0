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
}
