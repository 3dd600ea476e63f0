package io.github.fiksclients.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * HTTP Basic authentication, as used by SvarInn receiving systems.
 *
 * <p>Created by {@link FiksAuthentication#basic}. Immutable and thread-safe.
 */
public final class BasicAuthentication implements FiksAuthentication {

    private final String username;
    private final Secret authorization;

    BasicAuthentication(String username, Secret password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank() || username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Basic authentication username must not be blank or contain ':'");
        }
        this.username = username;
        this.authorization = Secret.of(Credentials.basic(username, password.reveal(), StandardCharsets.UTF_8));
    }

    /**
     * The user name.
     *
     * @return the user name sent with each request
     */
    public String username() {
        return username;
    }

    @Override
    public AuthenticationMode mode() {
        return AuthenticationMode.BASIC;
    }

    @Override
    public void addHeaders(Interceptor.Chain chain, Request.Builder request) {
        request.header(FiksHeaders.AUTHORIZATION, authorization.reveal());
    }

    @Override
    public String toString() {
        return "BasicAuthentication{username=" + username + "}";
    }
}
