package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksIOException;
import java.util.Objects;
import okhttp3.Interceptor;

/**
 * Integrasjon-person mode: each request carries a citizen's ID-porten token and the integration's id and
 * password.
 *
 * <p>The token comes from a {@link PersonToken} request tag if present, otherwise from the
 * {@link PersonTokenSupplier}, which is asked for every request. Created by {@link FiksAuthentication#person}.
 * Immutable and thread-safe.
 */
public final class PersonAuthentication extends IntegrasjonBearerAuthentication {

    private final PersonTokenSupplier personToken;

    PersonAuthentication(String integrasjonId, Secret integrasjonPassord, PersonTokenSupplier personToken) {
        super(integrasjonId, integrasjonPassord);
        this.personToken = Objects.requireNonNull(personToken, "personToken");
    }

    @Override
    String bearerToken(Interceptor.Chain chain) throws FiksIOException {
        PersonToken tagged = chain.request().tag(PersonToken.class);
        Secret token = tagged != null ? tagged.token() : obtain("person token supplier", personToken::personToken);
        return token == null ? null : token.reveal();
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
