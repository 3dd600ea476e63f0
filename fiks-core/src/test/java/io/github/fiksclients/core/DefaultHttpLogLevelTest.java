package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;

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
    void anUnknownLevelIsNoneWithOneWarningNamingTheSettingAndTheLevels() {
        TestLog log = TestLog.start();

        assertThat(DefaultHttpLogLevel.choose(null, "everything")).isEqualTo(HttpLogLevel.NONE);
        assertThat(DefaultHttpLogLevel.choose(null, "everything")).isEqualTo(HttpLogLevel.NONE);

        assertThat(log.text()).containsOnlyOnce("WARN " + FiksClient.LOGGER_NAME + " ")
                .contains("FIKS_HTTP_LOG_LEVEL is 'everything', which is not one of [NONE, BASIC, HEADERS, BODY]: "
                        + "HTTP exchanges are not logged (NONE)");
    }

    @Test
    void aClientBuildsAndWorksWhenThePropertyNamesNoLevel() {
        String before = System.getProperty(DefaultHttpLogLevel.PROPERTY);
        System.setProperty(DefaultHttpLogLevel.PROPERTY, "HEADRES");
        try {
            TestLog log = TestLog.start();
            server.enqueueJson(200, "{}");
            server.enqueueJson(200, "{}");

            for (int i = 0; i < 2; i++) {
                server.client().build().create(TestApi.class).list().execute();
            }

            assertThat(log.text()).containsOnlyOnce("fiks.http.logLevel is 'HEADRES', which is not one of ")
                    .doesNotContain("--> GET");
            assertThat(server.requests()).isEqualTo(2);
        } finally {
            System.setProperty(DefaultHttpLogLevel.PROPERTY, before);
        }
    }
}
