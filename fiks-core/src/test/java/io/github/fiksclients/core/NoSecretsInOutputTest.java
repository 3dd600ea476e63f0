package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.secretscan.TestLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs every authentication mode at BODY log level, through success, retry and failure, and scans the output. */
class NoSecretsInOutputTest {

    private static final String PASSORD = "ip-pw-Lk38";
    private static final String ACCESS_TOKEN = "mp-tok-Hg27";
    private static final String PERSON_TOKEN = "person-tok-Jf16";
    private static final String BASIC_PASSWORD = "basic-pw-Dq05";

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void noSecretAppearsInLogsMessagesTracesOrToStrings() {
        TestLog log = TestLog.start();
        List<String> output = new ArrayList<>();
        List<FiksAuthentication> modes = List.of(
                FiksAuthentication.integrasjon("integrasjon-7", Secret.of(PASSORD), () -> ACCESS_TOKEN),
                FiksAuthentication.person("integrasjon-7", Secret.of(PASSORD), () -> Secret.of(PERSON_TOKEN)),
                FiksAuthentication.basic("mottakersystem", Secret.of(BASIC_PASSWORD)));
        for (FiksAuthentication mode : modes) {
            server.enqueue(503);
            server.enqueueJson(200, "{}");
            server.enqueueJson(401, "{\"status\":401,\"message\":\"Ugyldig passord\",\"errorId\":\"e-401\"}");
            FiksClient client = server.client().logLevel(HttpLogLevel.BODY).authentication(mode).build();
            TestApi api = client.create(TestApi.class);

            api.index(Map.of("meldingId", "m-1")).execute();
            output.add(trace(catchThrowable(() -> api.list().execute())));
            output.add(client.toString());
        }
        output.add(log.text());

        assertThat(output).allSatisfy(text -> assertThat(text).doesNotContain(PASSORD, ACCESS_TOKEN, PERSON_TOKEN,
                BASIC_PASSWORD, Base64.getEncoder().encodeToString(("mottakersystem:" + BASIC_PASSWORD).getBytes())));
        assertThat(log.text()).contains("Retrying PUT /api/v2/indexRequest", "Authorization: ██", "\"meldingId\":\"m-1\"");
        assertThat(String.join("\n", output)).contains("401 Unauthorized on GET /api/v1/forsendelser: Ugyldig passord");
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
