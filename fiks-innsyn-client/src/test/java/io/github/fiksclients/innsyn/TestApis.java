package io.github.fiksclients.innsyn;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.ApiDescriptor;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import mockwebserver3.MockWebServer;


/**
 * The one place where the tests wire a generated Retrofit interface to a server: through the shared runtime
 * ({@link FiksClient}), authenticated the way the API's manifest entry says, as users do.
 */
public final class TestApis {

    /** The integration id every test request carries. */
    public static final String INTEGRASJON_ID = "4f7d2a1c-0b3e-4c5d-9e8f-123456789abc";

    /** The integration password every test request carries. */
    public static final String INTEGRASJON_PASSORD = "innsyn-api-test-passord";

    /** The Maskinporten token of integrasjon-mode requests. */
    public static final String MASKINPORTEN_TOKEN = "maskinporten-token-for-api-tests";

    /** The citizen's token of integrasjon-person-mode requests. */
    public static final String PERSON_TOKEN = "idporten-token-for-api-tests";

    private TestApis() {
    }

    /**
     * Creates a generated API interface that talks to the given server, authenticated in the first mode its
     * manifest entry names.
     *
     * @param server the started server whose root is the base URL
     * @param api the generated Retrofit interface
     * @param <T> the interface type
     * @return the API
     */
    public static <T> T create(MockWebServer server, Class<T> api) {
        AuthenticationMode mode = ApiDescriptor.of(api).orElseThrow().authentication().iterator().next();
        Secret passord = Secret.of(INTEGRASJON_PASSORD);
        FiksAuthentication authentication = switch (mode) {
            case INTEGRASJON -> FiksAuthentication.integrasjon(INTEGRASJON_ID, passord, () -> MASKINPORTEN_TOKEN);
            case INTEGRASJON_PERSON -> FiksAuthentication.person(INTEGRASJON_ID, passord,
                    () -> Secret.of(PERSON_TOKEN));
            case BASIC -> FiksAuthentication.basic(INTEGRASJON_ID, passord);
        };
        return FiksClient.builder()
                .baseUrl(server.url("/"))
                .authentication(authentication)
                .retryPolicy(RetryPolicy.none())
                .build()
                .create(api);
    }
}
