package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksIOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Request;

/** An integration's id and password, and the headers that put them and a bearer token on a request. */
final class IntegrasjonCredentials {

    private final String integrasjonId;
    private final Secret integrasjonPassord;

    IntegrasjonCredentials(String integrasjonId, Secret integrasjonPassord) {
        Objects.requireNonNull(integrasjonId, "integrasjonId");
        Objects.requireNonNull(integrasjonPassord, "integrasjonPassord");
        this.integrasjonId = HeaderValues.requireSendable(FiksHeaders.INTEGRASJON_ID, integrasjonId.strip());
        this.integrasjonPassord = Secret.of(
                HeaderValues.requireSendable(FiksHeaders.INTEGRASJON_PASSORD, integrasjonPassord.reveal()));
    }

    String integrasjonId() {
        return integrasjonId;
    }

    /**
     * Adds {@code Authorization: Bearer}, {@code IntegrasjonId} and {@code IntegrasjonPassord} to a request.
     *
     * @param request the request to authenticate
     * @param bearerToken the token to send, as obtained; checked here
     * @param tokenName what the token is, for the error message, such as {@code "Maskinporten access token"}
     * @return the authenticated request
     * @throws FiksIOException carrying a {@link FiksAuthenticationException} if the token is missing or unsendable
     */
    Request authorize(Request request, String bearerToken, String tokenName) throws FiksIOException {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new FiksIOException(new FiksAuthenticationException(
                    "No " + tokenName + " for " + request.method() + " " + request.url().encodedPath()
                            + ": the request was not sent"));
        }
        if (!HeaderValues.isSendable(bearerToken)) {
            throw new FiksIOException(new FiksAuthenticationException(
                    "The " + tokenName + " has characters an HTTP header cannot carry: the request was not sent"));
        }
        return request.newBuilder()
                .header(FiksHeaders.AUTHORIZATION, "Bearer " + bearerToken.strip())
                .header(FiksHeaders.INTEGRASJON_ID, integrasjonId)
                .header(FiksHeaders.INTEGRASJON_PASSORD, integrasjonPassord.reveal())
                .build();
    }

    /**
     * Calls code that supplies a token, letting only a {@link FiksIOException} escape.
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
