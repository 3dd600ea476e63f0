package io.github.fiksclients.contract;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FakeMaskinporten;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.auth.TestKeys;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.assertj.core.api.SoftAssertions;

/**
 * One {@link FiksClient} per authentication mode, all aimed at the same server, and what each mode must put on a
 * request: integrasjon a Maskinporten token (issued by a local Maskinporten for a real grant) with
 * {@code IntegrasjonId} and {@code IntegrasjonPassord}; integrasjon-person the citizen's token with the same two
 * headers; basic a Basic credential and nothing else.
 */
final class Authentications implements AutoCloseable {

    static final String INTEGRASJON_ID = "c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
    static final String INTEGRASJON_PASSORD = "contract-integrasjon-passord";
    static final String CITIZEN_TOKEN = "contract-citizen-idporten-token";
    static final String BASIC_USER = "contract-mottakersystem";
    static final String BASIC_PASSWORD = "contract-basic-passord";

    private final FakeMaskinporten maskinporten;
    private final Map<AuthenticationMode, FiksClient> clients = new EnumMap<>(AuthenticationMode.class);

    Authentications(HttpUrl baseUrl) throws IOException {
        maskinporten = new FakeMaskinporten();
        TestKeys keys = TestKeys.generate("contract-tests");
        clients.put(AuthenticationMode.INTEGRASJON, client(baseUrl, FiksAuthentication.integrasjon(INTEGRASJON_ID,
                Secret.of(INTEGRASJON_PASSORD), maskinporten.provider(keys).build())));
        clients.put(AuthenticationMode.INTEGRASJON_PERSON, client(baseUrl, FiksAuthentication.person(INTEGRASJON_ID,
                Secret.of(INTEGRASJON_PASSORD), () -> Secret.of(CITIZEN_TOKEN))));
        clients.put(AuthenticationMode.BASIC, client(baseUrl,
                FiksAuthentication.basic(BASIC_USER, Secret.of(BASIC_PASSWORD))));
    }

    private static FiksClient client(HttpUrl baseUrl, FiksAuthentication authentication) {
        return FiksClient.builder()
                .baseUrl(baseUrl)
                .authentication(authentication)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /**
     * The client of a mode.
     *
     * @param mode the mode
     * @return its client
     */
    FiksClient client(AuthenticationMode mode) {
        return clients.get(mode);
    }

    /**
     * Checks that a request carries the headers of a mode.
     *
     * @param mode the mode the call was made with
     * @param recorded the request
     * @param softly collects the differences
     */
    void check(AuthenticationMode mode, RecordedRequest recorded, SoftAssertions softly) {
        Headers headers = recorded.getHeaders();
        String authorization = headers.get("Authorization");
        switch (mode) {
            case INTEGRASJON -> {
                softly.assertThat(authorization).as("Authorization").startsWith("Bearer ");
                softly.assertThat(authorization != null
                                && maskinporten.isValid(authorization.substring("Bearer ".length())))
                        .as("the bearer token is one the local Maskinporten issued").isTrue();
                checkIntegrasjonHeaders(headers, softly);
            }
            case INTEGRASJON_PERSON -> {
                softly.assertThat(("Bearer " + CITIZEN_TOKEN).equals(authorization))
                        .as("Authorization carries the citizen's token").isTrue();
                checkIntegrasjonHeaders(headers, softly);
            }
            case BASIC -> {
                String credential = Base64.getEncoder().encodeToString(
                        (BASIC_USER + ":" + BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));
                softly.assertThat(("Basic " + credential).equals(authorization))
                        .as("Authorization carries the Basic credential").isTrue();
                softly.assertThat(headers.get("IntegrasjonId")).as("IntegrasjonId (basic)").isNull();
                softly.assertThat(headers.get("IntegrasjonPassord")).as("IntegrasjonPassord (basic)").isNull();
            }
            default -> softly.fail("unknown mode " + mode);
        }
    }

    private static void checkIntegrasjonHeaders(Headers headers, SoftAssertions softly) {
        softly.assertThat(headers.get("IntegrasjonId")).as("IntegrasjonId").isEqualTo(INTEGRASJON_ID);
        softly.assertThat(INTEGRASJON_PASSORD.equals(headers.get("IntegrasjonPassord")))
                .as("IntegrasjonPassord carries the integration's password").isTrue();
    }

    @Override
    public void close() {
        clients.values().forEach(FiksClient::close);
        maskinporten.close();
    }
}
