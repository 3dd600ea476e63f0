package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksIOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * The part the integration modes share: a bearer token plus the integration's {@code IntegrasjonId} and
 * {@code IntegrasjonPassord} on every request; the subclass says where the token comes from.
 */
abstract sealed class IntegrasjonBearerAuthentication implements FiksAuthentication
        permits IntegrasjonAuthentication, PersonAuthentication {

    private final String integrasjonId;
    private final Secret integrasjonPassord;

    IntegrasjonBearerAuthentication(String integrasjonId, Secret integrasjonPassord) {
        Objects.requireNonNull(integrasjonId, "integrasjonId");
        Objects.requireNonNull(integrasjonPassord, "integrasjonPassord");
        this.integrasjonId = HeaderValues.requireSendable(FiksHeaders.INTEGRASJON_ID, integrasjonId.strip());
        this.integrasjonPassord = Secret.of(
                HeaderValues.requireSendable(FiksHeaders.INTEGRASJON_PASSORD, integrasjonPassord.reveal()));
    }

    /**
     * The token to send for a request.
     *
     * @param chain the chain of the request, whose call a wait for the token should end with
     * @return the token, or null if there is none
     * @throws FiksIOException if obtaining it failed
     */
    abstract String bearerToken(Interceptor.Chain chain) throws FiksIOException;

    /**
     * What the token is, for error messages.
     *
     * @return for example {@code "Maskinporten access token"}
     */
    abstract String tokenName();

    /**
     * The id of the integration.
     *
     * @return the integration id
     */
    public String integrasjonId() {
        return integrasjonId;
    }

    /**
     * The integration's password, for a copy of this authentication.
     *
     * @return the password
     */
    Secret integrasjonPassord() {
        return integrasjonPassord;
    }

    @Override
    public void addHeaders(Interceptor.Chain chain, Request.Builder request) throws FiksIOException {
        Request sending = chain.request();
        String token = bearerToken(chain);
        if (token == null || token.isBlank()) {
            throw new FiksIOException(new FiksAuthenticationException("No " + tokenName() + " for "
                    + sending.method() + " " + sending.url().encodedPath() + ": the request was not sent"));
        }
        if (!HeaderValues.isSendable(token)) {
            throw new FiksIOException(new FiksAuthenticationException(
                    "The " + tokenName() + " has characters an HTTP header cannot carry: the request was not sent"));
        }
        request.header(FiksHeaders.AUTHORIZATION, "Bearer " + token.strip())
                .header(FiksHeaders.INTEGRASJON_ID, integrasjonId)
                .header(FiksHeaders.INTEGRASJON_PASSORD, integrasjonPassord.reveal());
    }

    /**
     * Calls caller code that supplies a token, letting only a {@link FiksIOException} escape.
     *
     * @param source what is called, for the error message
     * @param supplier the call
     * @param <T> the kind of token
     * @return what the supplier returned, possibly null
     * @throws FiksIOException carrying the supplier's {@link FiksException}, or a {@link FiksAuthenticationException}
     *     for any other failure
     */
    static <T> T obtain(String source, Supplier<T> supplier) throws FiksIOException {
        try {
            return supplier.get();
        } catch (FiksException e) {
            throw new FiksIOException(e);
        } catch (RuntimeException e) {
            throw new FiksIOException(
                    new FiksAuthenticationException("The " + source + " failed: " + e.getClass().getName(), e));
        }
    }
}
