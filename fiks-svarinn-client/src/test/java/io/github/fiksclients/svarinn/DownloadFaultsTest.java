package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.ForsendelseDownloadException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Downloads that break off part-way, through a real CMS envelope: a good retry delivers the forsendelse once and
 * acknowledges it once; without one it is not acknowledged and nothing is left on disk.
 */
class DownloadFaultsTest {

    private static final String ID = id(8);
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static TestRecipient recipient;
    private static KeyMaterial key;
    private static TestForsendelse forsendelse;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path target;

    @BeforeAll
    static void makeForsendelse() {
        recipient = TestRecipient.generate();
        key = KeyMaterial.of(recipient.privateKey());
        Random random = new Random(8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("vedtak.pdf", "vedlegg/kart.png")) {
            byte[] content = new byte[16 * 1024];
            random.nextBytes(content);
            files.put(name, content);
        }
        forsendelse = TestForsendelse.of(ID, recipient.certificate(), files);
    }

    @Test
    void downloadDroppedHalfwayIsStartedAgainThenHandledAndAcknowledgedOnce() throws IOException {
        offer(firstThenGood(DownloadFaultsTest::droppedHalfway));
        AtomicInteger handled = new AtomicInteger();

        ReceiveResult result = receive(svarInn.client(key).build(), (received, files) -> {
            handled.incrementAndGet();
            svarInn.record("handled " + received.id());
        });

        assertThat(result.acknowledged()).containsExactly(ID);
        assertThat(result.failures()).isEmpty();
        assertThat(handled).hasValue(1);
        assertThat(count("download " + ID)).isEqualTo(2);
        assertThat(count("MOTTATT " + ID)).isOne();
        assertThat(svarInn.timeline()).containsSubsequence("download " + ID, "download " + ID, "handled " + ID,
                "MOTTATT " + ID);
        assertThat(tree()).containsExactly(ID, ID + "/vedlegg", ID + "/vedlegg/kart.png", ID + "/vedtak.pdf");
        assertFilesAsSent();
    }

    @Test
    void downloadDroppedEveryTimeIsNotAcknowledgedAndLeavesNothing() throws IOException {
        offer(DownloadFaultsTest::droppedHalfway);
        AtomicInteger handled = new AtomicInteger();

        ReceiveResult result = receive(svarInn.client(key).build(), (received, files) -> handled.incrementAndGet());

        assertThat(result.acknowledged()).isEmpty();
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(ID);
            assertThat(failure.exception()).isInstanceOf(ForsendelseDownloadException.class)
                    .hasMessageStartingWith("Forsendelse " + ID + ": reading the download failed after ")
                    .hasMessageNotContaining("after 0 bytes");
            assertThat(failure.exception().isRetryable()).isTrue();
            assertThat(failure.exception().getSuppressed()).hasSize(2)
                    .allSatisfy(earlier -> assertThat(earlier).isInstanceOf(ForsendelseDownloadException.class));
        });
        assertThat(handled).hasValue(0);
        assertThat(count("download " + ID)).isEqualTo(3);
        assertThat(count("MOTTATT " + ID)).isZero();
        assertThat(tree()).isEmpty();
    }

    @Test
    void downloadThatFailsVerificationIsNotDownloadedAgain() throws IOException {
        FileMeta wrongHash = new FileMeta("vedtak.pdf", "ab".repeat(32), null);
        svarInn.offer(ID, List.of(wrongHash, forsendelse.metadata().get(1)),
                () -> FakeSvarInn.envelope(forsendelse.envelope()));

        ReceiveResult result = receive(svarInn.client(key).build(), (received, files) -> { });

        assertThat(result.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.exception()).isInstanceOf(ForsendelseVerificationException.class));
        assertThat(count("download " + ID)).isOne();
        assertThat(count("MOTTATT " + ID)).isZero();
        assertThat(tree()).isEmpty();
    }

    @Test
    void downloadThatStallsHalfwayTimesOutAndIsStartedAgain() throws IOException {
        offer(firstThenGood(DownloadFaultsTest::stalledHalfway));

        ReceiveResult result = receive(svarInn.client(key).readTimeout(Duration.ofMillis(300)).build(),
                (received, files) -> { });

        assertThat(result.acknowledged()).containsExactly(ID);
        assertThat(count("download " + ID)).isEqualTo(2);
        assertFilesAsSent();
    }

    static Stream<Arguments> stalls() {
        Supplier<MockResponse> halfway = DownloadFaultsTest::stalledHalfway;
        Supplier<MockResponse> inTheHeader = () -> new MockResponse.Builder(
                FakeSvarInn.envelope(forsendelse.envelope()))
                .throttleBody(200, 1, TimeUnit.SECONDS)
                .build();
        return Stream.of(Arguments.of("halfway", halfway), Arguments.of("in the envelope header", inTheHeader));
    }

    /** A stall is a broken download wherever it happens (see also {@code DownloadBreakOffTest}), never bad content. */
    @ParameterizedTest(name = "stalls {0}")
    @MethodSource("stalls")
    void downloadThatStallsWithoutRetriesFailsAsATimedOutDownload(String where, Supplier<MockResponse> stall)
            throws IOException {
        offer(stall);
        SvarInnClient client = svarInn.client(key).readTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none()).build();

        ReceiveResult result = receive(client, (received, files) -> { });

        assertThat(result.failures()).singleElement().satisfies(failure -> assertThat(failure.exception())
                .isInstanceOf(ForsendelseDownloadException.class)
                .hasMessageStartingWith("Forsendelse " + ID + ": reading the download failed after ")
                .hasCauseInstanceOf(SocketTimeoutException.class));
        assertThat(count("download " + ID)).isOne();
        assertThat(count("MOTTATT " + ID)).isZero();
        assertThat(tree()).isEmpty();
    }

    private ReceiveResult receive(SvarInnClient client, ForsendelseHandler handler) {
        try (client) {
            return assertTimeoutPreemptively(HANG_GUARD, () -> client.receive(target, handler,
                    ReceiveOptions.builder().pollUntilEmpty(false).build()));
        }
    }

    private void offer(Supplier<MockResponse> download) {
        svarInn.offer(ID, forsendelse.metadata(), download);
    }

    /** The first download from {@code broken}, every later one whole. */
    private static Supplier<MockResponse> firstThenGood(Supplier<MockResponse> broken) {
        AtomicInteger downloads = new AtomicInteger();
        return () -> downloads.incrementAndGet() == 1 ? broken.get() : FakeSvarInn.envelope(forsendelse.envelope());
    }

    /** Sends about half of the envelope, then closes the connection. */
    private static MockResponse droppedHalfway() {
        return new MockResponse.Builder(FakeSvarInn.envelope(forsendelse.envelope()))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    /** Sends about half of the envelope, then nothing more. */
    private static MockResponse stalledHalfway() {
        return new MockResponse.Builder(FakeSvarInn.envelope(forsendelse.envelope()))
                .onResponseBody(SocketEffect.Stall.INSTANCE)
                .build();
    }

    private int count(String event) {
        return Collections.frequency(svarInn.timeline(), event);
    }

    /**
     * Everything under the target directory, hidden staging directories included, relative and sorted; but not the
     * receive's own lock and failure count.
     */
    private List<String> tree() throws IOException {
        if (!Files.exists(target)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(target)) {
            return paths.filter(path -> !path.equals(target))
                    .filter(path -> !List.of(".fiks-svarinn.lock", ".fiks-svarinn-attempts")
                            .contains(path.getFileName().toString()))
                    .map(path -> target.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private void assertFilesAsSent() throws IOException {
        Path directory = target.resolve(ID);
        for (var file : forsendelse.files().entrySet()) {
            assertThat(directory.resolve(file.getKey())).hasBinaryContent(file.getValue());
        }
    }
}
