package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksServerException;
import io.github.fiksclients.svarinn.FakeSvarInn.Feil;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.ExtractionLimitExceededException;
import io.github.fiksclients.svarinn.receive.ExtractionLimits;
import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException;
import io.github.fiksclients.svarinn.receive.ForsendelseDownloadException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException.Reason;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import io.github.fiksclients.svarinn.receive.UnsafeEntryNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a forsendelse can be bad, offered by SvarInn before a good one: the bad one is not acknowledged, is
 * reported as failed (not permanently) with a reason naming what failed, and leaves nothing on disk; the good one
 * after it is received as usual.
 */
class BadForsendelseTest {

    private static final String BAD = id(66);
    private static final String GOOD = id(1);
    private static final int LIMIT = 1024 * 1024;

    private static TestRecipient recipient;
    private static TestRecipient stranger;
    private static TestForsendelse bad;
    private static TestForsendelse good;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path work;

    @BeforeAll
    static void makeKeys() {
        recipient = TestRecipient.generate();
        stranger = TestRecipient.generate();
        bad = TestForsendelse.of(BAD, recipient.certificate(), "vedtak.pdf", "%PDF vedtak", "kart.png", "PNG kart");
        good = TestForsendelse.of(GOOD, recipient.certificate(), "brev.txt", "Hei");
    }

    @Test
    void anEnvelopeForAnotherKey() {
        byte[] forStranger = TestForsendelse.of(BAD, stranger.certificate(), "vedtak.pdf", "%PDF vedtak",
                "kart.png", "PNG kart").envelope();

        ReceiveFailure failure = receiveBad(bad.metadata(), () -> FakeSvarInn.envelope(forStranger));

        assertThat(failure.exception()).isInstanceOf(ForsendelseDecryptionException.class);
        assertThat(onlyReport().feilmelding()).contains("cannot be decrypted with the receiving system");
    }

    @Test
    void aCorruptEnvelope() {
        byte[] corrupt = bad.envelope().clone();
        for (int i = 20; i < 60; i++) {
            corrupt[i] ^= 0x5a;
        }

        ReceiveFailure failure = receiveBad(bad.metadata(), () -> FakeSvarInn.envelope(corrupt));

        assertThat(failure.exception()).isInstanceOf(ForsendelseDecryptionException.class);
    }

    @Test
    void anEnvelopeWhoseHeaderClaimsTwoGibibytes() {
        byte[] claimsTwoGibibytes = HexFormat.of().parseHex("3080" + "06092a864886f70d010703" + "a080" + "3080"
                + "020100" + "3180" + "04847fffffff" + "00".repeat(4096));

        ReceiveFailure failure = receiveBad(bad.metadata(), () -> FakeSvarInn.envelope(claimsTwoGibibytes));

        assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
            assertThat(e.reason()).isEqualTo(ForsendelseDecryptionException.Reason.CORRUPT_ENVELOPE);
            assertThat(e.isPermanent()).isTrue();
        });
        assertThat(onlyReport().feilmelding()).contains("corrupt or unsupported envelope",
                "more than the 1048576 a header object may have");
    }

    @Test
    void aTruncatedEnvelope() {
        byte[] truncated = Arrays.copyOf(bad.envelope(), bad.envelope().length - 100);

        ReceiveFailure failure = receiveBad(bad.metadata(), () -> FakeSvarInn.envelope(truncated));

        assertThat(failure.exception()).isInstanceOf(ForsendelseDecryptionException.class);
    }

    @Test
    void aConnectionDroppedMidDownload() {
        ReceiveFailure failure = receiveBad(bad.metadata(), () -> new MockResponse.Builder()
                .body(new Buffer().write(bad.envelope()))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build());

        assertThat(failure.exception()).isInstanceOf(ForsendelseDownloadException.class);
        assertThat(onlyReport().feilmelding()).contains("reading the download failed");
    }

    @Test
    void aDownloadRefusedWithAServerError() {
        svarInn.failNext("download " + BAD, 500, 3);

        ReceiveFailure failure = receiveBad(bad.metadata(), () -> FakeSvarInn.envelope(bad.envelope()));

        assertThat(failure.exception()).isInstanceOf(FiksServerException.class);
        assertThat(onlyReport().feilmelding()).isEqualTo("Forsendelse " + BAD + ": the download failed with HTTP 500");
    }

    @Test
    void aFileWhoseSha256DiffersFromTheMetadata() {
        List<FileMeta> metadata = List.of(bad.metadata().get(0), new FileMeta("kart.png", "ab".repeat(32), 8L));

        ReceiveFailure failure = receiveBad(metadata, () -> FakeSvarInn.envelope(bad.envelope()));

        assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.HASH_MISMATCH));
        assertThat(onlyReport().feilmelding()).contains("'kart.png' has SHA-256");
    }

    @Test
    void aFileWhoseSizeDiffersFromTheMetadata() {
        FileMeta kart = bad.metadata().get(1);
        List<FileMeta> metadata = List.of(bad.metadata().get(0), new FileMeta("kart.png", kart.sha256(), 9L));

        ReceiveFailure failure = receiveBad(metadata, () -> FakeSvarInn.envelope(bad.envelope()));

        assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SIZE_MISMATCH));
    }

    @Test
    void anEntryThatClimbsOutOfTheDirectory() {
        TestForsendelse climbing = TestForsendelse.of(BAD, recipient.certificate(), "../evil", "owned");

        ReceiveFailure failure = receiveBad(climbing.metadata(), () -> FakeSvarInn.envelope(climbing.envelope()));

        assertThat(failure.exception()).isInstanceOf(UnsafeEntryNameException.class);
        assertThat(work.resolve("evil")).doesNotExist();
    }

    @Test
    void anEntryWithAnAbsolutePath() {
        Path absolute = work.resolve("evil-" + UUID.randomUUID()).toAbsolutePath();
        TestForsendelse rooted = TestForsendelse.of(BAD, recipient.certificate(), absolute.toString(), "owned");

        ReceiveFailure failure = receiveBad(rooted.metadata(), () -> FakeSvarInn.envelope(rooted.envelope()));

        assertThat(failure.exception()).isInstanceOf(UnsafeEntryNameException.class);
        assertThat(absolute).doesNotExist();
    }

    @Test
    void aZipBombBeyondTheConfiguredLimit() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bomb.bin", new byte[4 * LIMIT]);
        TestForsendelse bomb = TestForsendelse.of(BAD, recipient.certificate(), files);

        ReceiveFailure failure = receiveBad(bomb.metadata(), () -> FakeSvarInn.envelope(bomb.envelope()));

        assertThat(bomb.envelope().length).isLessThan(LIMIT / 10);
        assertThat(failure.exception()).isInstanceOf(ExtractionLimitExceededException.class);
    }

    @Test
    void aForsendelseWithoutFiles() {
        TestForsendelse empty = TestForsendelse.of(BAD, recipient.certificate(), Map.of());

        ReceiveFailure failure = receiveBad(List.of(), () -> FakeSvarInn.envelope(empty.envelope()));

        assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NO_FILES));
    }

    @Test
    void metadataWithAnInvalidHashIsNotEvenDownloaded() {
        List<FileMeta> metadata = List.of(bad.metadata().get(0), new FileMeta("kart.png", "not-a-hash", 8L));

        ReceiveFailure failure = receiveBad(metadata, () -> FakeSvarInn.envelope(bad.envelope()));

        assertThat(failure.exception()).isInstanceOf(ForsendelseMetadataException.class);
        assertThat(onlyReport().feilmelding()).contains("file #2", "64 hexadecimal digits");
        assertThat(svarInn.timeline()).doesNotContain("download " + BAD);
    }

    /**
     * Offers the bad forsendelse and then the good one, receives, and checks what every bad input must give: the
     * bad one failed, unacknowledged, reported not permanently, and not on disk; the good one acknowledged.
     */
    private ReceiveFailure receiveBad(List<FileMeta> metadata, Supplier<MockResponse> download) {
        svarInn.offer(BAD, metadata, download);
        svarInn.offer(good);
        Path target = work.resolve("innkommende");

        ReceiveResult result;
        try (SvarInnClient client = svarInn.client(KeyMaterial.of(recipient.privateKey()))
                .extractionLimits(ExtractionLimits.builder().maxTotalBytes(LIMIT).build())
                .build()) {
            result = client.receive(target, (forsendelse, files) -> svarInn.record("handled " + forsendelse.id()));
        }

        assertThat(result.acknowledged()).containsExactly(GOOD);
        assertThat(svarInn.timeline()).doesNotContain("handled " + BAD, "MOTTATT " + BAD).contains("MOTTATT " + GOOD);
        assertThat(svarInn.reports(BAD)).singleElement().satisfies(feil -> {
            assertThat(feil.permanent()).isFalse();
            assertThat(feil.feilmelding()).startsWith("Forsendelse " + BAD + ": ");
        });
        assertThat(fileNames(target)).filteredOn(name -> !name.startsWith(".")).containsExactly(GOOD);
        assertThat(fileNames(target)).filteredOn(name -> name.startsWith("."))
                .isSubsetOf(".fiks-svarinn.lock", ".fiks-svarinn-attempts");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(BAD);
            assertThat(failure.failureReported()).isTrue();
        });
        FiksException exception = result.failures().get(0).exception();
        assertThat(exception.getMessage()).doesNotContain(FakeSvarInn.PASSORD);
        return result.failures().get(0);
    }

    private Feil onlyReport() {
        return svarInn.reports(BAD).get(0);
    }

    private static List<String> fileNames(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
