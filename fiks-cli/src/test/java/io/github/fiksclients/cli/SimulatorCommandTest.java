package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorCommandTest {

    private static final Pattern EXPORT = Pattern.compile("(?m)^  export (\\w+)='([^']*)'$");
    private static final Pattern CURL_WITH_USER = Pattern.compile("(?m)^  curl -u ([^:\\s]+):(\\S+) (\\S+)$");
    private static final Pattern CURL_WITHOUT = Pattern.compile("(?m)^  curl -i (\\S+)$");
    private static final OkHttpClient HTTP = new OkHttpClient();

    /** What a test saw while the simulator ran. */
    private record Seen(int authorizedStatus, String authorizedBody, int anonymousStatus, String anonymousBody,
            CliRun receive, CliRun search) {
    }

    private static Map<String, String> exports(String printed) {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher export = EXPORT.matcher(printed);
        while (export.find()) {
            variables.put(export.group(1), export.group(2));
        }
        return variables;
    }

    private static Response get(String url, String authorization) throws IOException {
        Request.Builder request = new Request.Builder().url(url);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.newCall(request.build()).execute();
    }

    /** Does what a person would with the printed text: runs the curl examples, pastes the exports, uses fiks. */
    private static Seen useAsPrinted(String printed, Path inbox) {
        Matcher withUser = CURL_WITH_USER.matcher(printed);
        Matcher without = CURL_WITHOUT.matcher(printed);
        assertThat(withUser.find()).as(printed).isTrue();
        assertThat(without.find()).as(printed).isTrue();
        try (Response authorized = get(withUser.group(3), Credentials.basic(withUser.group(1), withUser.group(2)));
                Response anonymous = get(without.group(1), null)) {
            Map<String, String> exported = exports(printed);
            return new Seen(authorized.code(), authorized.body().string(), anonymous.code(),
                    anonymous.body().string(),
                    CliRun.run(exported, "svarinn", "receive", "--out", inbox.toString()),
                    CliRun.run(exported, "innsyn", "search", DemoData.SEARCH_TERM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void printsExportsAndCurlExamplesThatWorkAsPrinted(@TempDir Path pems, @TempDir Path inbox) {
        AtomicReference<Seen> seen = new AtomicReference<>();

        CliRun run = CliRun.run(Map.of(), (simulator, printed) -> seen.set(useAsPrinted(printed, inbox)),
                "simulator", "--pem-dir", pems.toString(), "--with-demo-data");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Fiks simulator on http://127.0.0.1:")
                .contains("SvarInn password            demo-svarinn-passord")
                .contains("Demo keys and certificates (PEM) in " + pems.toAbsolutePath())
                .contains("Press Ctrl-C to stop.");
        assertThat(pems.resolve(SimulatorCredentials.SVARINN_KEY_FILE)).isRegularFile();
        assertThat(pems.resolve(SimulatorCredentials.MASKINPORTEN_CERTIFICATE_FILE)).isRegularFile();
        assertThat(seen.get().authorizedStatus()).isEqualTo(200);
        assertThat(seen.get().authorizedBody()).contains("Vedtak i byggesak 2024/17");
        assertThat(seen.get().anonymousStatus()).isEqualTo(401);
        assertThat(seen.get().anonymousBody()).contains("\"status\":401", "\"errorId\"", "\"errorCode\"");
        assertThat(seen.get().receive().exitCode()).as(seen.get().receive().toString()).isZero();
        assertThat(seen.get().receive().out()).contains("3 received and acknowledged, 0 not received");
        assertThat(seen.get().search().exitCode()).as(seen.get().search().toString()).isZero();
        assertThat(seen.get().search().out()).contains("Vedtak om byggetillatelse for carport", "2 hits");
    }

    @Test
    void withoutDemoDataNothingIsQueued(@TempDir Path pems) {
        AtomicReference<String> poll = new AtomicReference<>();

        CliRun run = CliRun.run(Map.of(), (simulator, printed) -> {
            SimulatorCredentials demo = simulator.credentials();
            try (Response response = get(simulator.svarUtBaseUrl() + "svarinn/v2/forsendelser",
                    Credentials.basic(demo.svarInnMottakerId(), demo.svarInnMottakerPassord()))) {
                poll.set(response.body().string());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "simulator", "--pem-dir", pems.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("Demo data:").doesNotContain("FIKS_PERSON_TOKEN='");
        assertThat(poll.get()).isEqualTo("[]");
    }

    @Test
    void aPortInUseIsAConfigurationError(@TempDir Path pems) {
        try (FiksSimulator running = FiksSimulator.start()) {
            int port = running.baseUrl().getPort();

            CliRun run = CliRun.run(Map.of(), "simulator", "--port", String.valueOf(port), "--pem-dir",
                    pems.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).startsWith("fiks: --port " + port + ": cannot listen on it");
        }
    }
}
