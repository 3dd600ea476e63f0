package io.github.fiksclients.auth;

/**
 * Supplies the ID-porten access token of the citizen a request is made for, in
 * {@linkplain FiksAuthentication#person person} mode.
 *
 * <p>It is called for every request, always on the thread that makes the call (see
 * {@link FiksAuthentication#bindToCaller}), and its answer is never cached, so it may return a different citizen's
 * token each time (for example from the current web session).
 */
@FunctionalInterface
public interface PersonTokenSupplier {

    /**
     * Returns the current citizen's token.
     *
     * @return the token, or {@code null} if there is none (the request then fails with
     *     {@link io.github.fiksclients.errors.FiksAuthenticationException})
     */
    Secret personToken();
}
