package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksIOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Integrasjon-person mode: each request carries a citizen's ID-porten token and the integration's id and
 * password.
 *
 * <p>The token comes from a {@link PersonToken} request tag. Fiks clients tag every request on the thread that
 * makes the call ({@link #bindToCaller}), asking the {@link PersonTokenSupplier} anew each time; the interceptor
 * never asks the supplier itself, so a token is never taken from another thread's context. A request that
 * reaches the interceptor untagged fails and is not sent. Created by {@link FiksAuthentication#person}.
 * Immutable and thread-safe.
 */
public final class PersonAuthentication extends IntegrasjonBearerAuthentication {

    private final PersonTokenSupplier personToken;

    PersonAuthentication(String integrasjonId, Secret integrasjonPassord, PersonTokenSupplier personToken) {
        super(integrasjonId, integrasjonPassord);
        this.personToken = Objects.requireNonNull(personToken, "personToken");
    }

    @Override
    public AuthenticationMode mode() {
        return AuthenticationMode.INTEGRASJON_PERSON;
    }

    /**
     * Tags the request with the citizen's token, asking the {@link PersonTokenSupplier} now, on the caller's thread;
     * a request already tagged with a {@link PersonToken} is returned unchanged.
     *
     * @param request the request about to be sent
     * @return the tagged request
     * @throws FiksAuthenticationException if the supplier has no token or fails
     */
    @Override
    public Request bindToCaller(Request request) {
        if (request.tag(PersonToken.class) != null) {
            return request;
        }
        Secret token = personTokenNow(request.method() + " " + request.url().encodedPath());
        return request.newBuilder().tag(PersonToken.class, PersonToken.of(token)).build();
    }

    private Secret personTokenNow(String what) {
        Secret token;
        try {
            token = obtain("person token supplier", personToken::personToken);
        } catch (FiksIOException e) {
            throw e.fiksException();
        }
        if (token == null || token.reveal().isBlank()) {
            throw new FiksAuthenticationException("No " + tokenName() + " for " + what + ": the request was not sent");
        }
        return token;
    }

    /**
     * Asks the {@link PersonTokenSupplier} once, now, and returns a person authentication that sends that token.
     *
     * @return the bound authentication
     * @throws FiksAuthenticationException if the supplier has no token or fails
     */
    @Override
    public FiksAuthentication boundToCaller() {
        Secret token = personTokenNow("a bound request");
        return new PersonAuthentication(integrasjonId(), integrasjonPassord(), () -> token);
    }

    /** The bound token only: the supplier is never asked here, since this may run on a dispatcher thread. */
    @Override
    String bearerToken(Interceptor.Chain chain) {
        PersonToken bound = chain.request().tag(PersonToken.class);
        return bound == null ? null : bound.token().reveal();
    }

    @Override
    String tokenName() {
        return "person token (ID-porten)";
    }

    @Override
    public String toString() {
        return "PersonAuthentication{integrasjonId=" + integrasjonId() + "}";
    }
}
