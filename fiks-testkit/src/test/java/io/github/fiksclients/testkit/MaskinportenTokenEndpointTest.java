package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import no.ks.fiks.maskinporten.AccessTokenRequest;
import no.ks.fiks.maskinporten.AccessTokenRequestBuilder;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import no.ks.fiks.maskinporten.error.MaskinportenClientTokenRequestException;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class MaskinportenTokenEndpointTest {

    private static final AccessTokenRequest KS_FIKS = new AccessTokenRequestBuilder().scope("ks:fiks").build();

    private static FiksSimulator simulator;
    private static SimulatorCredentials demo;
    private static KeyAndCertificate otherKey;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
        demo = simulator.credentials();
        otherKey = KeyAndCertificate.generate("CN=another client");
    }

    private static Maskinportenklient client(PrivateKey key, X509Certificate certificate, String issuer,
            String audience) {
        return Maskinportenklient.builder()
                .withPrivateKey(key)
                .usingVirksomhetssertifikat(certificate)
                .withProperties(MaskinportenklientProperties.builder()
                        .audience(audience)
                        .tokenEndpoint(simulator.maskinportenTokenUrl().toString())
                        .issuer(issuer)
                        .numberOfSecondsLeftBeforeExpire(10)
                        .build())
                .build();
    }

    @Test
    void issuesAJwtAccessTokenToTheRegisteredDemoClient() throws Exception {
        String token = client(demo.maskinportenPrivateKey(), demo.maskinportenCertificate(),
                demo.maskinportenClientId(), simulator.maskinportenAudience()).getAccessToken(KS_FIKS);

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getStringClaim("client_id")).isEqualTo(demo.maskinportenClientId());
        assertThat(claims.getStringClaim("scope")).isEqualTo("ks:fiks");
        assertThat(claims.getStringClaim("client_orgno")).isEqualTo("999888777");
        assertThat(claims.getIssuer()).isEqualTo(simulator.maskinportenAudience());
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
    }

    @Test
    void issuesTokensToAClientRegisteredWithItsOwnCertificate() {
        simulator.maskinporten().registerClient("own-client", otherKey.certificate());
        int before = simulator.maskinporten().tokensIssued();

        String token = client(otherKey.privateKey(), otherKey.certificate(), "own-client",
                simulator.maskinportenAudience()).getAccessToken(KS_FIKS);

        assertThat(token).isNotBlank();
        assertThat(simulator.maskinporten().tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void refusesAnUnregisteredIssuer() {
        Maskinportenklient client = client(demo.maskinportenPrivateKey(), demo.maskinportenCertificate(),
                "not-registered", simulator.maskinportenAudience());

        assertThatThrownBy(() -> client.getAccessToken(KS_FIKS))
                .isInstanceOf(MaskinportenClientTokenRequestException.class);
    }

    @Test
    void refusesAGrantSignedWithAnotherKey() {
        Maskinportenklient client = client(otherKey.privateKey(), demo.maskinportenCertificate(),
                demo.maskinportenClientId(), simulator.maskinportenAudience());

        assertThatThrownBy(() -> client.getAccessToken(KS_FIKS))
                .isInstanceOf(MaskinportenClientTokenRequestException.class);
    }

    @Test
    void refusesAGrantWhoseX5cIsNotTheRegisteredCertificate() {
        Maskinportenklient client = client(demo.maskinportenPrivateKey(), otherKey.certificate(),
                demo.maskinportenClientId(), simulator.maskinportenAudience());

        assertThatThrownBy(() -> client.getAccessToken(KS_FIKS))
                .isInstanceOf(MaskinportenClientTokenRequestException.class);
    }

    @Test
    void refusesAGrantForAnotherAudience() {
        Maskinportenklient client = client(demo.maskinportenPrivateKey(), demo.maskinportenCertificate(),
                demo.maskinportenClientId(), "https://maskinporten.no/");

        assertThatThrownBy(() -> client.getAccessToken(KS_FIKS))
                .isInstanceOf(MaskinportenClientTokenRequestException.class);
    }

    @Test
    void answersABrokenAssertionWithAnOAuthError() throws Exception {
        Request request = new Request.Builder()
                .url(simulator.maskinportenTokenUrl().toString())
                .post(new FormBody.Builder()
                        .add("grant_type", MaskinportenTokenEndpoint.JWT_BEARER)
                        .add("assertion", "not.a.jwt")
                        .build())
                .build();

        try (Response response = TestClients.plain().newCall(request).execute()) {
            JsonObject body = JsonParser.parseString(response.body().string()).getAsJsonObject();
            assertThat(response.code()).isEqualTo(400);
            assertThat(body.get("error").getAsString()).isEqualTo("invalid_grant");
            assertThat(body.get("error_description").getAsString()).isNotBlank();
        }
    }

    @Test
    void answersAnotherGrantTypeWithUnsupportedGrantType() throws Exception {
        Request request = new Request.Builder()
                .url(simulator.maskinportenTokenUrl().toString())
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
                .build();

        try (Response response = TestClients.plain().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(JsonParser.parseString(response.body().string()).getAsJsonObject().get("error").getAsString())
                    .isEqualTo("unsupported_grant_type");
        }
    }
}
