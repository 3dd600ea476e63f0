package io.github.fiksclients.auth;

import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Integrasjon-person mode: each request carries a citizen's ID-porten token and the integration's id and
 * password.
 *
 * <p>The token comes from a {@link PersonToken} request tag if present, otherwise from the
 * {@link PersonTokenSupplier}, which is asked for every request. Created by {@link FiksAuthentication#person}.
 * Immutable and thread-safe.
 */
public final class PersonAuthentication implements FiksAuthentication {

    private final IntegrasjonCredentials credentials;
    private final PersonTokenSupplier personToken;
    private final Interceptor interceptor;

    PersonAuthentication(String integrasjonId, Secret integrasjonPassord, PersonTokenSupplier personToken) {
        this.credentials = new IntegrasjonCredentials(integrasjonId, integrasjonPassord);
        this.personToken = Objects.requireNonNull(personToken, "personToken");
        this.interceptor = chain -> {
            Request request = chain.request();
            Secret token = tokenFor(request);
            return chain.proceed(credentials.authorize(
                    request, token == null ? null : token.reveal(), "person token (ID-porten)"));
        };
    }

    private Secret tokenFor(Request request) throws io.github.fiksclients.errors.FiksIOException {
        PersonToken tagged = request.tag(PersonToken.class);
        if (tagged != null) {
            return tagged.token();
        }
        return IntegrasjonCredentials.obtain("person token supplier", personToken::personToken);
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
        return "PersonAuthentication{integrasjonId=" + credentials.integrasjonId() + "}";
    }
}
