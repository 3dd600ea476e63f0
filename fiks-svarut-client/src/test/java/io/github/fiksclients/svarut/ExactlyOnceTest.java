package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.GeneratedContent;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksBadRequestException;
import io.github.fiksclients.errors.FiksTransportException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A send is never created twice: what is retried, what is looked up by eksternReferanse, what is left uncertain. */
class ExactlyOnceTest {

    private static final String POST = "POST /api/v2/kontoer/" + FakeSvarUt.KONTO + "/forsendelser";
    private static final String LOOKUP = "GET /api/v2/kontoer/" + FakeSvarUt.KONTO + "/forsendelser?eksternRef=";
    private static final RetryPolicy QUICK = RetryPolicy.builder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

    @RegisterExtension
    final FakeSvarUt svarUt = new FakeSvarUt();

    @TempDir
    Path dir;

    private Forsendelse forsendelse(String eksternReferanse) {
        Forsendelse.Builder builder = Vedtak.forsendelse(dir);
        return eksternReferanse == null ? builder.build() : builder.eksternReferanse(eksternReferanse).build();
    }

    @Test
    void returnsTheForsendelseFoundByEksternReferanseAfterA5xxThatFollowedTheBody() {
        svarUt.next(FakeSvarUt.Outcome.CREATE_THEN_500);
        UUID id;
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            id = client.send(forsendelse("ref-500-created"));
        }
        assertThat(svarUt.created()).containsOnlyKeys(id);
        assertThat(svarUt.requests()).containsExactly(POST, LOOKUP + "ref-500-created");
    }

    @Test
    void sendsAgainWhenTheLookupFindsNothingAfterA5xx() {
        svarUt.next(FakeSvarUt.Outcome.FAIL_500);
        UUID id;
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            id = client.send(forsendelse("ref-500-lost"));
        }
        assertThat(svarUt.created()).containsOnlyKeys(id);
        assertThat(svarUt.requests()).containsExactly(POST, LOOKUP + "ref-500-lost", POST);
    }

    @Test
    void returnsTheForsendelseFoundByEksternReferanseAfterTheConnectionDroppedAfterTheBody() {
        svarUt.next(FakeSvarUt.Outcome.CREATE_THEN_DROP);
        UUID id;
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            id = client.send(forsendelse("ref-drop"));
        }
        assertThat(svarUt.created()).containsOnlyKeys(id);
        assertThat(svarUt.requests()).containsExactly(POST, LOOKUP + "ref-drop");
    }

    @Test
    void reportsUncertainAndNeverRepeatsA5xxAfterTheBodyWithoutEksternReferanse() {
        svarUt.next(FakeSvarUt.Outcome.CREATE_THEN_500);
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            assertThatThrownBy(() -> client.send(forsendelse(null)))
                    .isInstanceOf(UncertainSendException.class)
                    .hasMessageContaining("may or may not have been created")
                    .hasMessageContaining("no eksternReferanse");
        }
        assertThat(svarUt.requests()).containsExactly(POST);
        assertThat(svarUt.created()).hasSize(1);
    }

    @Test
    void reportsUncertainWhenSeveralForsendelserCarryTheEksternReferanse() {
        UUID earlier = UUID.randomUUID();
        svarUt.existing(earlier, "ref-reused");
        svarUt.next(FakeSvarUt.Outcome.CREATE_THEN_500);
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            assertThatThrownBy(() -> client.send(forsendelse("ref-reused")))
                    .isInstanceOfSatisfying(UncertainSendException.class, e -> {
                        assertThat(e.candidates()).hasSize(2).contains(earlier);
                        assertThat(e.eksternReferanse()).contains("ref-reused");
                    });
        }
        assertThat(svarUt.requests()).containsExactly(POST, LOOKUP + "ref-reused");
    }

    @Test
    void reportsUncertainWhenTheRetryPolicyAllowsNoFurtherAttempt() {
        svarUt.next(FakeSvarUt.Outcome.FAIL_500);
        try (SvarUtClient client = svarUt.client().retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.send(forsendelse("ref-no-retry")))
                    .isInstanceOf(UncertainSendException.class)
                    .hasMessageContaining("no forsendelse with eksternReferanse ref-no-retry");
        }
        assertThat(svarUt.requests()).containsExactly(POST, LOOKUP + "ref-no-retry");
    }

    @Test
    void endsWithNotSentOnA4xxAndSendsOnce() {
        svarUt.next(FakeSvarUt.Outcome.REJECT_400);
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).build()) {
            assertThatThrownBy(() -> client.send(forsendelse("ref-400")))
                    .isInstanceOf(ForsendelseNotSentException.class)
                    .hasMessageContaining("SvarUt refused")
                    .hasCauseInstanceOf(FiksBadRequestException.class);
        }
        assertThat(svarUt.requests()).containsExactly(POST);
        assertThat(svarUt.created()).isEmpty();
    }

    @Test
    void aStalledUploadFailsByTheWriteTimeoutAndIsNotRepeatedWithoutEksternReferanse() {
        svarUt.next(FakeSvarUt.Outcome.STALL);
        Forsendelse large = Forsendelse.builder().tittel("Stort")
                .mottaker(Mottaker.organisasjon("999888777"))
                .dokument(Dokument.fromStream("stort.zip", () -> new GeneratedContent(0, 64L * 1024 * 1024)))
                .kunDigitalLevering(true)
                .build();
        try (SvarUtClient client = svarUt.client().retryPolicy(QUICK).writeTimeout(Duration.ofMillis(500))
                .build()) {
            assertThatThrownBy(() -> client.send(large))
                    .isInstanceOf(UncertainSendException.class)
                    .hasCauseInstanceOf(FiksTransportException.class);
        }
        assertThat(svarUt.requests()).containsExactly(POST);
    }

    @Test
    void retriesAFailureBeforeTheBodyWentOutAndThenReportsNotSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SvarUtClient client = SvarUtClient.builder().baseUrl("http://127.0.0.1:" + closedPort + "/api/")
                .konto(FakeSvarUt.KONTO).integrasjon(FakeSvarUt.INTEGRASJON_ID, Secret.of("ukjent-passord-1"))
                .accessTokenProvider(() -> "token").retryPolicy(QUICK).build()) {
            assertThatThrownBy(() -> client.send(forsendelse(null)))
                    .isInstanceOfSatisfying(ForsendelseNotSentException.class,
                            e -> assertThat(e.isRetryable()).isTrue())
                    .hasMessageContaining("failed before its body went out")
                    .hasCauseInstanceOf(FiksTransportException.class);
        }
    }
}
