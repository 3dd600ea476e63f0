package io.github.fiksclients.testkit;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.core.ApiDescriptor;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import okhttp3.Interceptor;
import okhttp3.Request;
import com.google.gson.Gson;
import io.github.fiksclients.errors.FiksError;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Real HTTP clients for the tests: OkHttp plus the generated Retrofit interfaces, with Fiks credentials. */
final class TestClients {

    private static final OkHttpClient BASE = new OkHttpClient();
    private static final Gson PLAIN_GSON = new Gson();

    /** The password of the mottakersystemer the tests register. */
    static final String PASSORD = "mottaker-pw-Tn61";

    private TestClients() {
    }

    /** Registers a mottakersystem of the test's own, password {@link #PASSORD}, with the demo certificate. */
    static String newMottaker(FiksSimulator simulator) {
        String mottaker = UUID.randomUUID().toString();
        simulator.svarInn().registerMottaker(mottaker, PASSORD, simulator.credentials().svarInnCertificate());
        return mottaker;
    }

    static OkHttpClient plain() {
        return BASE;
    }

    static OkHttpClient withHeaders(String... namesAndValues) {
        return BASE.newBuilder().addInterceptor(chain -> {
            okhttp3.Request.Builder request = chain.request().newBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                request.header(namesAndValues[i], namesAndValues[i + 1]);
            }
            return chain.proceed(request.build());
        }).build();
    }

    static OkHttpClient basic(String username, String password) {
        return withHeaders("Authorization", Credentials.basic(username, password));
    }

    static OkHttpClient fiks(String bearerToken, UUID integrasjonId, String integrasjonPassord) {
        return withHeaders("Authorization", "Bearer " + bearerToken,
                FiksAuthorization.INTEGRASJON_ID, integrasjonId.toString(),
                FiksAuthorization.INTEGRASJON_PASSORD, integrasjonPassord);
    }

    /** A client with the demo integrasjon and a Maskinporten token issued directly by the simulator. */
    static OkHttpClient organisation(FiksSimulator simulator) {
        SimulatorCredentials demo = simulator.credentials();
        String token = simulator.maskinporten().issueAccessToken(demo.maskinportenClientId(), "ks:fiks");
        return fiks(token, demo.integrasjonId(), demo.integrasjonPassord());
    }

    /** A client with the demo integrasjon and a person token for this fødselsnummer. */
    static OkHttpClient person(FiksSimulator simulator, String fodselsnummer) {
        SimulatorCredentials demo = simulator.credentials();
        return fiks(simulator.innsyn().personToken(fodselsnummer), demo.integrasjonId(), demo.integrasjonPassord());
    }

    /**
     * A generated API on the shared runtime whose credentials come from the given client's headers: the
     * authentication in the runtime's pipeline adds nothing, so each test decides exactly what is sent.
     */
    static <T> T api(Class<T> api, URI baseUrl, OkHttpClient client) {
        AuthenticationMode mode = ApiDescriptor.of(api).orElseThrow().authentication().iterator().next();
        return FiksClient.builder()
                .baseUrl(baseUrl.toString())
                .okHttpClient(client)
                .retryPolicy(RetryPolicy.none())
                .authentication(new HeadersFromClient(mode))
                .build()
                .create(api);
    }

    /** An authentication whose headers the OkHttp client already adds. */
    private record HeadersFromClient(AuthenticationMode mode) implements FiksAuthentication {
        @Override
        public void addHeaders(Interceptor.Chain chain, Request.Builder request) {
        }
    }

    /** The Fiks error body of a failed response. */
    static FiksError fiksError(ResponseBody body) throws IOException {
        return PLAIN_GSON.fromJson(body.string(), FiksError.class);
    }

    static FiksError fiksError(Response response) throws IOException {
        return fiksError(response.body());
    }
}
