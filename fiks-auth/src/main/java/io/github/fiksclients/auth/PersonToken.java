package io.github.fiksclients.auth;

import java.util.Objects;

/**
 * A citizen's ID-porten access token for one request in {@linkplain FiksAuthentication#person person} mode.
 *
 * <p>Attach it as an OkHttp request tag ({@code new Request.Builder().tag(PersonToken.class, token)}) to override
 * the {@link PersonTokenSupplier} for that request.
 */
public final class PersonToken {

    private final Secret token;

    private PersonToken(Secret token) {
        this.token = token;
    }

    /**
     * Wraps a token.
     *
     * @param token the ID-porten access token; not blank
     * @return the person token
     */
    public static PersonToken of(String token) {
        return new PersonToken(Secret.of(token));
    }

    /**
     * Wraps a token already held as a secret.
     *
     * @param token the ID-porten access token
     * @return the person token
     */
    public static PersonToken of(Secret token) {
        return new PersonToken(Objects.requireNonNull(token, "token"));
    }

    /**
     * The token.
     *
     * @return the token as a secret
     */
    public Secret token() {
        return token;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonToken that && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return "PersonToken{****}";
    }
}
