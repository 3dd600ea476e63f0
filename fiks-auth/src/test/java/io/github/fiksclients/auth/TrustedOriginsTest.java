package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class TrustedOriginsTest {

    private static final TrustedOrigins FIKS = TrustedOrigins.of(HttpUrl.get("https://api.fiks.ks.no/innsyn/"));

    @Test
    void anOriginIsSchemeHostAndPort() {
        assertThat(FIKS.contains(HttpUrl.get("https://API.fiks.ks.no:443/svarinn/forsendelse/1?x=y"))).isTrue();
        assertThat(FIKS.contains(HttpUrl.get("http://api.fiks.ks.no/"))).isFalse();
        assertThat(FIKS.contains(HttpUrl.get("https://api.fiks.ks.no:8443/"))).isFalse();
        assertThat(FIKS.contains(HttpUrl.get("https://api.fiks.ks.no.example.org/"))).isFalse();
        assertThat(FIKS).hasToString("[https://api.fiks.ks.no:443]");
        assertThat(TrustedOrigins.originOf(HttpUrl.get("http://[::1]:8080/a"))).isEqualTo("http://[::1]:8080");
    }

    @Test
    void plainHttpIsTrustedOnlyOnLoopback() {
        assertThat(TrustedOrigins.of(HttpUrl.get("http://127.0.0.1:8080/")).contains(HttpUrl.get("http://127.0.0.1:8080/x")))
                .isTrue();
        assertThatThrownBy(() -> TrustedOrigins.of(HttpUrl.get("http://api.fiks.ks.no/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not to http://api.fiks.ks.no:80");
    }

    @Test
    void theGuardSendsNothingToAnotherOrigin() throws Exception {
        try (ApiServer home = new ApiServer(); MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start(InetAddress.getByName("127.0.0.2"), 0);
            FiksAuthentication authentication = FiksAuthentication.basic("mottaker", Secret.of("basic-pw-Vb74"));
            OkHttpClient client = new OkHttpClient.Builder()
                    .addInterceptor(authentication.interceptor(TrustedOrigins.of(home.server.url("/"))))
                    .build();

            ApiServer.send(client, authentication, home.request("/svarinn/mottaker/hentNyeForsendelser")).close();
            assertThatThrownBy(() -> client.newCall(new okhttp3.Request.Builder().url(elsewhere.url("/a")).build())
                    .execute())
                    .hasCauseInstanceOf(FiksAuthenticationException.class)
                    .hasMessageStartingWith("Refused to send credentials to " + TrustedOrigins.originOf(elsewhere.url("/")));

            assertThat(home.take().getHeaders().get("Authorization")).startsWith("Basic ");
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }
}
