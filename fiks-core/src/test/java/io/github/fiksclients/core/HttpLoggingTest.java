package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.secretscan.TestLog;
import java.util.Map;
import mockwebserver3.MockResponse;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpLoggingTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void bodyLevelLogsJsonBodiesAndRedactsSecretHeaders() {
        TestLog log = TestLog.start();
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().logLevel(HttpLogLevel.BODY)
                .authentication(FiksAuthentication.integrasjon("integrasjon-7", Secret.of("pw-1"), () -> "tok-1"))
                .build();

        client.create(TestApi.class).index(Map.of("meldingId", "m-17")).execute();

        assertThat(log.text())
                .contains("--> PUT " + server.server.url("/api/v2/indexRequest"))
                .contains("IntegrasjonId: integrasjon-7")
                .contains("Authorization: ██", "IntegrasjonPassord: ██")
                .contains("--> body of PUT /api/v2/indexRequest: {\"meldingId\":\"m-17\"}")
                .contains("<-- body of 200 PUT /api/v2/indexRequest: {}")
                .doesNotContain("tok-1", "pw-1");
    }

    @Test
    void headersLevelLogsNoBodies() {
        TestLog log = TestLog.start();
        server.enqueueJson(200, "{\"tittel\":\"Byggesak\"}");
        FiksClient client = server.client().logLevel(HttpLogLevel.HEADERS).build();

        client.create(TestApi.class).list().execute();

        assertThat(log.text()).contains("Content-Type: application/json").doesNotContain("Byggesak");
    }

    @Test
    void binaryBodiesAreNeverLogged() throws Exception {
        TestLog log = TestLog.start();
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/zip")
                .body(new Buffer().writeUtf8("PK\u0003\u0004fortrolig-innhold")).build());
        FiksClient client = server.client().logLevel(HttpLogLevel.BODY).build();

        try (Response response = client.execute(
                new Request.Builder().url(server.server.url("/forsendelse/1/fil")).build())) {
            assertThat(response.body().string()).endsWith("fortrolig-innhold");
        }

        assertThat(log.text())
                .contains("<-- body of 200 GET /forsendelse/1/fil: (application/zip, 21 bytes, not logged)")
                .doesNotContain("fortrolig-innhold");
    }

    @Test
    void longTextBodiesAreLoggedOnlyInPart() {
        TestLog log = TestLog.start();
        String longJson = "{\"tekst\":\"" + "a".repeat(20_000) + "\"}";
        server.enqueueJson(200, longJson);
        FiksClient client = server.client().logLevel(HttpLogLevel.BODY).build();

        Map<String, Object> body = client.create(TestApi.class).list().execute();

        assertThat((String) body.get("tekst")).hasSize(20_000);
        assertThat(log.text())
                .contains("(first 8192 bytes)")
                .doesNotContain("a".repeat(8192 + 1));
    }
}
