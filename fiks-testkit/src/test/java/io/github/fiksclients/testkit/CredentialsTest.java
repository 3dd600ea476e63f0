package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.errors.FiksError;
import java.io.IOException;
import java.util.UUID;
import java.util.stream.Stream;
import no.ks.fiks.maskinporten.AccessTokenRequest;
import no.ks.fiks.maskinporten.AccessTokenRequestBuilder;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(FiksSimulatorExtension.class)
class CredentialsTest {

    private static final AccessTokenRequest KS_FIKS = new AccessTokenRequestBuilder().scope("ks:fiks").build();

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String FODSELSNUMMER = "12345678901";

    private static FiksSimulator simulator;
    private static SimulatorCredentials demo;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
        demo = simulator.credentials();
    }

    static Stream<Arguments> everyApi() {
        UUID id = UUID.randomUUID();
        return Stream.of(
                Arguments.of("GET", "tjenester/svarinn/mottaker/hentNyeForsendelser", null),
                Arguments.of("GET", "tjenester/svarinn/forsendelse/" + id, null),
                Arguments.of("POST", "tjenester/svarinn/kvitterMottak/forsendelse/" + id, ""),
                Arguments.of("GET", "tjenester/svarinn/v2/forsendelser", null),
                Arguments.of("GET", "tjenester/svarinn/v2/forsendelser/" + id, null),
                Arguments.of("PATCH", "tjenester/svarinn/v2/forsendelser/" + id + "/status",
                        "{\"status\":\"MOTTATT\"}"),
                Arguments.of("PUT", "innsyn-index/api/v2/indexRequest", "{\"meldinger\":[]}"),
                Arguments.of("POST", "innsyn-index/api/v1/delete/slettByMeldingId", "{\"meldinger\":[]}"),
                Arguments.of("DELETE", "innsyn-index/api/v1/delete/slett?fiksOrganisasjonId=" + id, null),
                Arguments.of("POST", "innsyn-sok/api/v1/post/sok", "{}"),
                Arguments.of("POST", "innsyn-sok/api/v1/multi/sok", ""),
                Arguments.of("POST", "innsyn-sok/api/v1/sok", "{}"),
                Arguments.of("GET", "innsyn-sok/api/v1/oppslag/dokument?dokumentId=" + id + "&type=forsendelse", null));
    }

    private static Response call(OkHttpClient client, String method, String path, String body) throws IOException {
        Request request = new Request.Builder()
                .url(simulator.baseUrl().resolve(path).toString())
                .method(method, body == null ? null : RequestBody.create(body, JSON))
                .build();
        return client.newCall(request).execute();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyApi")
    void everyApiWithoutCredentialsAnswers401WithAFiksError(String method, String path, String body)
            throws IOException {
        try (Response response = call(TestClients.plain(), method, path, body)) {
            FiksError error = TestClients.fiksError(response);

            assertThat(response.code()).isEqualTo(401);
            assertThat(error.status()).isEqualTo(401);
            assertThat(error.error()).isEqualTo("Unauthorized");
            assertThat(error.errorCode()).isEqualTo(SimulatorErrorCodes.UNAUTHORIZED);
            assertThat(UUID.fromString(error.errorId())).isNotNull();
            assertThat(error.path()).isEqualTo("/" + path.replaceFirst("\\?.*", ""));
            assertThat(error.timestamp()).isNotNull();
            assertThat(error.message()).isNotBlank();
        }
    }

    @Test
    void wrongIntegrasjonPassordAnswers403() throws IOException {
        String token = simulator.maskinporten().issueAccessToken(demo.maskinportenClientId(), "ks:fiks");
        OkHttpClient client = TestClients.fiks(token, demo.integrasjonId(), "feil-passord");

        try (Response response = call(client, "PUT", "innsyn-index/api/v2/indexRequest", "{\"meldinger\":[]}")) {
            FiksError error = TestClients.fiksError(response);
            assertThat(response.code()).isEqualTo(403);
            assertThat(error.errorCode()).isEqualTo(SimulatorErrorCodes.FORBIDDEN);
            assertThat(error.message()).doesNotContain("feil-passord");
        }
    }

    @Test
    void unknownIntegrasjonAnswers403() throws IOException {
        OkHttpClient client = TestClients.fiks(simulator.innsyn().personToken(FODSELSNUMMER), UUID.randomUUID(),
                demo.integrasjonPassord());

        try (Response response = call(client, "POST", "innsyn-sok/api/v1/post/sok", "{}")) {
            assertThat(response.code()).isEqualTo(403);
        }
    }

    @Test
    void missingIntegrasjonHeadersAnswer401() throws IOException {
        String token = simulator.maskinporten().issueAccessToken(demo.maskinportenClientId(), "ks:fiks");
        OkHttpClient client = TestClients.withHeaders("Authorization", "Bearer " + token);

        try (Response response = call(client, "PUT", "innsyn-index/api/v2/indexRequest", "{\"meldinger\":[]}")) {
            assertThat(response.code()).isEqualTo(401);
        }
    }

    @Test
    void personTokenDoesNotOpenTheIndexApi() throws IOException {
        OkHttpClient client = TestClients.person(simulator, FODSELSNUMMER);

        try (Response response = call(client, "PUT", "innsyn-index/api/v2/indexRequest", "{\"meldinger\":[]}")) {
            assertThat(response.code()).isEqualTo(401);
        }
    }

    @Test
    void maskinportenTokenDoesNotOpenTheSearchApi() throws IOException {
        try (Response response = call(TestClients.organisation(simulator), "POST", "innsyn-sok/api/v1/sok", "{}")) {
            assertThat(response.code()).isEqualTo(401);
        }
    }

    @Test
    void tokenFromAnotherSimulatorIsRefused() throws IOException {
        String foreign = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";
        OkHttpClient client = TestClients.fiks(foreign, demo.integrasjonId(), demo.integrasjonPassord());

        try (Response response = call(client, "PUT", "innsyn-index/api/v2/indexRequest", "{\"meldinger\":[]}")) {
            assertThat(response.code()).isEqualTo(401);
        }
    }

    @Test
    void wrongSvarInnPasswordAnswers401() throws IOException {
        OkHttpClient client = TestClients.basic(demo.svarInnMottakerId(), "feil-passord");

        try (Response response = call(client, "GET", "tjenester/svarinn/v2/forsendelser", null)) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(TestClients.fiksError(response).message()).doesNotContain("feil-passord");
        }
    }

    @Test
    void demoMottakerCanPoll() throws IOException {
        OkHttpClient client = TestClients.basic(demo.svarInnMottakerId(), demo.svarInnMottakerPassord());

        try (Response response = call(client, "GET", "tjenester/svarinn/v2/forsendelser", null)) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("[]");
        }
    }

    @Test
    void tokenFromTheRealMaskinportenClientOpensTheIndexApi() throws IOException {
        Maskinportenklient maskinporten = Maskinportenklient.builder()
                .withPrivateKey(demo.maskinportenPrivateKey())
                .usingVirksomhetssertifikat(demo.maskinportenCertificate())
                .withProperties(MaskinportenklientProperties.builder()
                        .audience(simulator.maskinportenAudience())
                        .tokenEndpoint(simulator.maskinportenTokenUrl().toString())
                        .issuer(demo.maskinportenClientId())
                        .build())
                .build();
        OkHttpClient client = TestClients.fiks(maskinporten.getAccessToken(KS_FIKS), demo.integrasjonId(),
                demo.integrasjonPassord());

        try (Response response = call(client, "DELETE",
                "innsyn-index/api/v1/delete/slett?fiksOrganisasjonId=" + UUID.randomUUID(), null)) {
            assertThat(response.code()).isEqualTo(202);
            assertThat(response.body().string()).isEqualTo("{\"antallSlettet\":0}");
        }
    }
}
