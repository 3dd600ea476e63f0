package io.github.fiksclients.auth;

import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * A way of authenticating requests to Fiks, applied to each request by an OkHttp interceptor.
 *
 * <p>Create one with {@link #integrasjon}, {@link #person} or {@link #basic}. Implementations are immutable and
 * thread-safe, and their {@code toString()} shows no secrets. When credentials cannot be had, the interceptor
 * fails the request with a {@link io.github.fiksclients.errors.FiksAuthenticationException} (carried as a
 * {@link io.github.fiksclients.errors.FiksIOException}) and sends nothing.
 *
 * <p>Credentials go only to the origins a client was configured for: a {@code FiksClient} uses
 * {@link #interceptor(TrustedOrigins)}, which fails a request for any other origin the same way, unsent.
 */
public interface FiksAuthentication {

    /**
     * Adds this authentication's headers for one outgoing request to a builder of that request, so that a client
     * which rewrites the request anyway (to add its user agent, say) adds the credentials in the same rewrite.
     * Callers are responsible for sending the result only to a trusted origin ({@link TrustedOrigins#requireTrusted}).
     *
     * @param chain the chain the request is on: its request (with tags such as {@link PersonToken}) and its call
     * @param request a builder of {@code chain.request()}, which receives the headers
     * @throws java.io.IOException a {@link io.github.fiksclients.errors.FiksIOException} carrying a
     *     {@link io.github.fiksclients.errors.FiksAuthenticationException} if credentials cannot be had; then
     *     nothing may be sent
     */
    void addHeaders(Interceptor.Chain chain, Request.Builder request) throws java.io.IOException;

    /**
     * The interceptor that adds this authentication's headers to every request it sees, wherever it goes. Prefer
     * {@link #interceptor(TrustedOrigins)}, which keeps them on the origins the client was configured for.
     *
     * @return the interceptor
     */
    default Interceptor interceptor() {
        return chain -> {
            Request.Builder request = chain.request().newBuilder();
            addHeaders(chain, request);
            return chain.proceed(request.build());
        };
    }

    /**
     * The mode this authentication implements, checked against the modes an API accepts.
     *
     * @return the mode
     */
    AuthenticationMode mode();

    /**
     * Attaches to a request what this authentication must take from the calling thread, before the request is
     * handed to another thread (an asynchronous call, a later page).
     *
     * <p>In integrasjon-person mode this asks the {@link PersonTokenSupplier} for the citizen's token now, on the
     * caller's thread, and tags the request with it: the supplier is never called later on an OkHttp dispatcher
     * thread, where any ambient context (a web session, a thread-local) may belong to another citizen. The other
     * modes need nothing from the caller and return the request unchanged. Fiks clients call this for every
     * request they send; code that sends raw OkHttp requests itself must do the same.
     *
     * @param request the request about to be sent
     * @return the request, tagged as the mode needs
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if the caller's credentials cannot be had
     */
    default Request bindToCaller(Request request) {
        return request;
    }

    /**
     * Returns this authentication with what it takes from the calling thread fixed now, for work that goes on later
     * or elsewhere on the caller's behalf, such as the pages of a lazily consumed search.
     *
     * <p>In integrasjon-person mode the {@link PersonTokenSupplier} is asked once, here, and the result serves every
     * later request; the other modes return themselves.
     *
     * @return the bound authentication
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if the caller's credentials cannot be had
     */
    default FiksAuthentication boundToCaller() {
        return this;
    }

    /**
     * The interceptor that adds this authentication's headers to requests for the trusted origins only, and fails
     * every other request without sending it.
     *
     * @param origins the origins the client was configured for, such as those of its base URLs
     * @return the interceptor
     */
    default Interceptor interceptor(TrustedOrigins origins) {
        return origins.guard(interceptor());
    }

    /**
     * Authenticates as a Fiks integration: a Maskinporten token plus the integration's id and password.
     *
     * <p>Sends {@code Authorization: Bearer <token>}, {@code IntegrasjonId} and {@code IntegrasjonPassord}.
     *
     * @param integrasjonId the id of the integration, as shown in Fiks Forvaltning
     * @param integrasjonPassord the integration's password
     * @param tokens the source of Maskinporten tokens, usually a {@link MaskinportenTokenProvider}
     * @return the authentication
     */
    static FiksAuthentication integrasjon(String integrasjonId, Secret integrasjonPassord, AccessTokenProvider tokens) {
        return new IntegrasjonAuthentication(integrasjonId, integrasjonPassord, tokens);
    }

    /**
     * Authenticates as a Fiks integration acting for a logged-in citizen (integrasjon-person).
     *
     * <p>Sends {@code Authorization: Bearer <the citizen's ID-porten token>}, {@code IntegrasjonId} and
     * {@code IntegrasjonPassord}. The token comes from a {@link PersonToken} request tag if there is one, otherwise
     * from {@code personToken}, asked anew for every request, always on the thread that makes the call (see
     * {@link #bindToCaller}).
     *
     * @param integrasjonId the id of the integration
     * @param integrasjonPassord the integration's password
     * @param personToken the source of the citizen's token
     * @return the authentication
     */
    static FiksAuthentication person(String integrasjonId, Secret integrasjonPassord, PersonTokenSupplier personToken) {
        return new PersonAuthentication(integrasjonId, integrasjonPassord, personToken);
    }

    /**
     * Authenticates with HTTP Basic, as SvarInn receiving systems do.
     *
     * <p>Sends {@code Authorization: Basic base64(username:password)}, with both encoded as UTF-8.
     *
     * @param username the user name, such as the receiving system's id; must not contain {@code :}
     * @param password the password
     * @return the authentication
     */
    static FiksAuthentication basic(String username, Secret password) {
        return new BasicAuthentication(username, password);
    }
}
