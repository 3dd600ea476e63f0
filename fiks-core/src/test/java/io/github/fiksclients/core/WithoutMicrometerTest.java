package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.FakeMaskinporten;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.auth.TestKeys;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The runtime needs no Micrometer unless observations are asked for. Run by its own Surefire execution (see the
 * pom), whose classpath leaves out every {@code io.micrometer} artifact; the default execution skips it.
 */
class WithoutMicrometerTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void micrometerIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("io.micrometer.observation.ObservationRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aClientBuildsCreatesApisAndCallsWithoutMicrometer() throws Exception {
        server.enqueueJson(200, "{\"antall\": 1}");
        server.enqueueJson(200, "{\"antall\": 2}");
        server.enqueue(200);
        FiksClient client = server.client()
                .authentication(FiksAuthentication.basic("mottaker", Secret.of("no-micrometer-password")))
                .build();
        TestApi api = client.create(TestApi.class);

        Map<String, Object> sync = api.list().execute();
        Map<String, Object> async = api.list().executeAsync().get(10, TimeUnit.SECONDS);
        try (Response raw = client.withAuthentication(FiksAuthentication.basic("other", Secret.of("sibling-secret")))
                .execute(new Request.Builder().url(server.server.url("/download")).build())) {
            assertThat(raw.code()).isEqualTo(200);
        }

        assertThat(sync).containsEntry("antall", 1.0);
        assertThat(async).containsEntry("antall", 2.0);
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void aMaskinportenTokenProviderGetsTokensWithoutMicrometer() throws Exception {
        try (FakeMaskinporten maskinporten = new FakeMaskinporten()) {
            MaskinportenTokenProvider tokens = maskinporten.provider(TestKeys.generate("WithoutMicrometerTest")).build();

            assertThat(maskinporten.isValid(tokens.accessToken())).isTrue();
        }
    }
}
