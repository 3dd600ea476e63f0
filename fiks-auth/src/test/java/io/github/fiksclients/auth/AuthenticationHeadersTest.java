package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationHeadersTest {

    private static final String INTEGRASJON_ID = "6b1f3c2e-9a4d-4e57-8c1b-2f0a9d7e5c31";
    private static final Secret PASSORD = Secret.of("integrasjon-passord-42");

    private ApiServer api;

    @BeforeEach
    void start() throws IOException {
        api = new ApiServer();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void integrasjonSendsBearerTokenIntegrasjonIdAndPassord() throws InterruptedException {
        FiksAuthentication authentication = FiksAuthentication.integrasjon(INTEGRASJON_ID, PASSORD, () -> "mp-token");

        api.get(authentication, "/svarinn/api/v1/mottaker");

        RecordedRequest sent = api.take();
        assertThat(sent.getHeaders().values("Authorization")).containsExactly("Bearer mp-token");
        assertThat(sent.getHeaders().values("IntegrasjonId")).containsExactly(INTEGRASJON_ID);
        assertThat(sent.getHeaders().values("IntegrasjonPassord")).containsExactly("integrasjon-passord-42");
    }

    @Test
    void personSendsTheCitizensTokenWithIntegrasjonIdAndPassord() throws InterruptedException {
        FiksAuthentication authentication =
                FiksAuthentication.person(INTEGRASJON_ID, PASSORD, () -> Secret.of("idporten-token-for-kari"));

        api.get(authentication, "/innsyn/api/v1/sok");

        RecordedRequest sent = api.take();
        assertThat(sent.getHeaders().values("Authorization")).containsExactly("Bearer idporten-token-for-kari");
        assertThat(sent.getHeaders().values("IntegrasjonId")).containsExactly(INTEGRASJON_ID);
        assertThat(sent.getHeaders().values("IntegrasjonPassord")).containsExactly("integrasjon-passord-42");
    }

    @Test
    void personAsksTheSupplierForEveryRequest() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        FiksAuthentication authentication = FiksAuthentication.person(
                INTEGRASJON_ID, PASSORD, () -> Secret.of("citizen-" + calls.incrementAndGet()));

        api.get(authentication, "/innsyn/api/v1/sok");
        api.get(authentication, "/innsyn/api/v1/sok");

        assertThat(List.of(api.take().getHeaders().get("Authorization"), api.take().getHeaders().get("Authorization")))
                .containsExactly("Bearer citizen-1", "Bearer citizen-2");
    }

    @Test
    void personTokenTagOverridesTheSupplier() throws Exception {
        FiksAuthentication authentication =
                FiksAuthentication.person(INTEGRASJON_ID, PASSORD, () -> Secret.of("from-supplier"));
        Request tagged = api.request("/innsyn/api/v1/sok").newBuilder()
                .tag(PersonToken.class, PersonToken.of("from-tag"))
                .build();

        ApiServer.send(ApiServer.client(authentication), authentication, tagged).close();

        assertThat(api.take().getHeaders().get("Authorization")).isEqualTo("Bearer from-tag");
    }

    @Test
    void personNeverAsksTheSupplierFromTheInterceptor() {
        AtomicInteger calls = new AtomicInteger();
        FiksAuthentication authentication = FiksAuthentication.person(
                INTEGRASJON_ID, PASSORD, () -> Secret.of("citizen-" + calls.incrementAndGet()));
        Request unbound = api.request("/innsyn/api/v1/sok");

        assertThatThrownBy(() -> ApiServer.client(authentication).newCall(unbound).execute())
                .isInstanceOf(FiksIOException.class)
                .hasMessage("No person token (ID-porten) for GET /innsyn/api/v1/sok: the request was not sent");
        assertThat(calls).hasValue(0);
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void personAsksTheSupplierOnTheCallersThread() {
        List<Thread> askedOn = new ArrayList<>();
        FiksAuthentication authentication = FiksAuthentication.person(INTEGRASJON_ID, PASSORD, () -> {
            askedOn.add(Thread.currentThread());
            return Secret.of("citizen");
        });

        authentication.bindToCaller(api.request("/innsyn/api/v1/sok"));

        assertThat(askedOn).containsExactly(Thread.currentThread());
    }

    @Test
    void missingPersonTokenFailsTypedAndSendsNothing() {
        FiksAuthentication authentication = FiksAuthentication.person(INTEGRASJON_ID, PASSORD, () -> null);

        assertThatThrownBy(() -> api.get(authentication, "/innsyn/api/v1/sok"))
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("No person token (ID-porten) for GET /innsyn/api/v1/sok: the request was not sent");
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void failingTokenProviderFailsTypedAndSendsNothing() {
        FiksAuthentication authentication = FiksAuthentication.integrasjon(INTEGRASJON_ID, PASSORD, () -> {
            throw new IllegalStateException("vault sealed");
        });

        assertThatThrownBy(() -> api.get(authentication, "/svarinn/api/v1/mottaker"))
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("The access token provider failed: java.lang.IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void basicSendsBase64OfUsernameAndPassword() throws InterruptedException {
        FiksAuthentication authentication = FiksAuthentication.basic("mottakersystem-1", Secret.of("pass:ord-ø"));

        api.get(authentication, "/tjenester/svarinn/mottaker/hentNyeForsendelser");

        RecordedRequest sent = api.take();
        assertThat(sent.getHeaders().values("Authorization"))
                .containsExactly("Basic bW90dGFrZXJzeXN0ZW0tMTpwYXNzOm9yZC3DuA==");
        assertThat(sent.getHeaders().names()).doesNotContain("IntegrasjonId", "IntegrasjonPassord");
    }

    @Test
    void toStringShowsNoSecrets() {
        List<Object> printed = new ArrayList<>(List.of(
                FiksAuthentication.integrasjon(INTEGRASJON_ID, PASSORD, () -> "mp-token"),
                FiksAuthentication.person(INTEGRASJON_ID, PASSORD, () -> Secret.of("idporten-tok-Hs58")),
                FiksAuthentication.basic("mottakersystem-1", Secret.of("basic-passord")),
                PersonToken.of("idporten-tok-Hs58"),
                PASSORD));

        assertThat(printed).allSatisfy(object -> assertThat(object.toString())
                .doesNotContain("integrasjon-passord-42", "idporten-tok-Hs58", "basic-passord", "mp-token"));
        assertThat(printed.get(0).toString()).contains(INTEGRASJON_ID);
    }

    @Test
    void passordThatCannotBeAHeaderIsRejectedWithoutShowingIt() {
        assertThatThrownBy(() -> FiksAuthentication.integrasjon(INTEGRASJON_ID, Secret.of("hemmelig\npassord"), () -> "t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IntegrasjonPassord")
                .hasMessageNotContaining("hemmelig");
    }

    @Test
    void secretsAreEqualByValueAndPrintAsStars() {
        assertThat(Secret.of("a-secret")).isEqualTo(Secret.of("a-secret")).isNotEqualTo(Secret.of("another-secret-Kp27"));
        assertThat(Secret.of("a-secret")).hasToString("****");
        assertThat(PersonToken.of("t")).isEqualTo(PersonToken.of(Secret.of("t")));
    }
}
