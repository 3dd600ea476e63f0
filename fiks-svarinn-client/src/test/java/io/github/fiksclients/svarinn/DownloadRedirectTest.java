package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.errors.FiksRedirectException;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SvarInn v1's download link, taken from the forsendelse metadata, is where a client is most tempted to follow a
 * server's lead: a redirect of the download to another host (127.0.0.2 here) must reach that host with nothing.
 */
class DownloadRedirectTest {

    private static KeyMaterial key;
    private static TestForsendelse forsendelse;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V1);

    @TempDir
    Path target;

    private MockWebServer elsewhere;

    @BeforeAll
    static void makeForsendelse() {
        TestRecipient recipient = TestRecipient.generate();
        key = KeyMaterial.of(recipient.privateKey());
        forsendelse = TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF vedtak");
    }

    @BeforeEach
    void startElsewhere() throws IOException {
        elsewhere = new MockWebServer();
        elsewhere.setDispatcher(new AnswersEverything());
        elsewhere.start(InetAddress.getByName("127.0.0.2"), 0);
    }

    @AfterEach
    void stopElsewhere() {
        elsewhere.close();
    }

    @Test
    void aDownloadRedirectedToAnotherHostSendsItNothingAndIsNotAcknowledged() {
        svarInn.offer(forsendelse.id(), forsendelse.metadata(), () -> new MockResponse.Builder().code(302)
                .setHeader("Location", elsewhere.url("/forsendelse/" + forsendelse.id()).toString()).build());

        ReceiveResult result;
        try (SvarInnClient client = svarInn.client(key).build()) {
            result = client.receive(target, (received, files) -> svarInn.record("handled"));
        }

        assertThat(result.failures()).singleElement().satisfies(failure ->
                assertThat(Stream.iterate((Throwable) failure.exception(), e -> e != null, Throwable::getCause))
                        .anyMatch(FiksRedirectException.class::isInstance));
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(svarInn.timeline()).doesNotContain("handled", "MOTTATT " + id(1));
    }

    /** Answers every request at once, so a request that should never have come fails the test quickly. */
    private static final class AnswersEverything extends mockwebserver3.Dispatcher {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
            return new MockResponse.Builder().code(200).body("{}").build();
        }
    }
}
