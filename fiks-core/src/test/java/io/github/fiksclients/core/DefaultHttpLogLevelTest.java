package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.secretscan.TestLog;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DefaultHttpLogLevelTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aClientWithoutLogLevelLogsAtTheLevelOfTheSystemProperty() {
        // The build sets -Dfiks.http.logLevel=BODY for every test JVM, so the secret scan sees whole exchanges.
        assertThat(System.getProperty(DefaultHttpLogLevel.PROPERTY)).isEqualTo("BODY");
        TestLog log = TestLog.start();
        server.enqueueJson(200, "{}");
        FiksClient client = server.client().build();

        client.create(TestApi.class).index(Map.of("meldingId", "m-default")).execute();

        assertThat(log.text()).contains("--> body of PUT /api/v2/indexRequest: {\"meldingId\":\"m-default\"}");
    }

    @Test
    void thePropertyWinsOverTheVariableAndCaseDoesNotMatter() {
        assertThat(DefaultHttpLogLevel.choose("headers", "BODY")).isEqualTo(HttpLogLevel.HEADERS);
        assertThat(DefaultHttpLogLevel.choose(null, "basic")).isEqualTo(HttpLogLevel.BASIC);
        assertThat(DefaultHttpLogLevel.choose(" ", null)).isEqualTo(HttpLogLevel.NONE);
    }

    @Test
    void anUnknownLevelIsAnErrorNamingTheSettingAndTheLevels() {
        assertThatThrownBy(() -> DefaultHttpLogLevel.choose(null, "everything"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FIKS_HTTP_LOG_LEVEL must be one of [NONE, BASIC, HEADERS, BODY], was 'everything'");
    }
}
