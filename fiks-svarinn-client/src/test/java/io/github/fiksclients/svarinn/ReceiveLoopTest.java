package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.errors.FiksServerException;
import io.github.fiksclients.svarinn.FakeSvarInn.Feil;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import io.github.fiksclients.svarinn.receive.VerifiedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link SvarInnClient#receive} against SvarInn v2: acknowledged only after the handler, failures left for later. */
class ReceiveLoopTest {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static TestRecipient recipient;
    private static KeyMaterial key;
    private static TestForsendelse first;
    private static TestForsendelse second;
    private static TestForsendelse third;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path target;

    @BeforeAll
    static void makeForsendelser() {
        recipient = TestRecipient.generate();
        key = KeyMaterial.of(recipient.privateKey());
        first = TestForsendelse.of(id(1), recipient.certificate(),
                "vedtak.pdf", "%PDF vedtak", "vedlegg/kart.png", "PNG kart", "brev.txt", "Hei");
        second = TestForsendelse.of(id(2), recipient.certificate(),
                "søknad.pdf", "%PDF søknad", "tegning.dwg", "DWG");
        third = TestForsendelse.of(id(3), recipient.certificate(),
                "melding.xml", "<melding/>", "vedlegg/a.txt", "A", "vedlegg/b.txt", "B");
    }

    private void offerAll() {
        svarInn.offer(first);
        svarInn.offer(second);
        svarInn.offer(third);
    }

    private ReceiveResult receive(ForsendelseHandler handler) {
        return receive(handler, ReceiveOptions.defaults());
    }

    private ReceiveResult receive(ForsendelseHandler handler, ReceiveOptions options) {
        try (SvarInnClient client = svarInn.client(key).build()) {
            return client.receive(target, handler, options);
        }
    }

    @Test
    void acknowledgesEachForsendelseOnceAndOnlyAfterItsHandlerReturned() throws Exception {
        offerAll();

        ReceiveResult result = receive((forsendelse, files) -> {
            assertThat(files.files()).allSatisfy(file -> assertThat(file.path()).isRegularFile());
            svarInn.record("handled " + forsendelse.id());
        });

        assertThat(result.acknowledged()).containsExactly(id(1), id(2), id(3));
        assertThat(result.failures()).isEmpty();
        List<String> timeline = svarInn.timeline();
        for (String id : result.acknowledged()) {
            assertThat(timeline).containsSubsequence("download " + id, "handled " + id, "MOTTATT " + id);
            assertThat(Collections.frequency(timeline, "MOTTATT " + id)).isOne();
        }
        assertThat(timeline).noneMatch(event -> event.startsWith("FEILET"));
        assertThat(timeline).last().isEqualTo("poll");
    }

    @Test
    void putsEveryVerifiedFileInTheForsendelsesOwnDirectory() throws Exception {
        offerAll();

        receive((forsendelse, files) -> { });

        try (var entries = Files.list(target)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(id(1), id(2), id(3), ".fiks-svarinn.lock");
        }
        for (TestForsendelse forsendelse : List.of(first, second, third)) {
            for (Map.Entry<String, byte[]> file : forsendelse.files().entrySet()) {
                assertThat(target.resolve(forsendelse.id()).resolve(file.getKey())).hasBinaryContent(file.getValue());
            }
        }
    }

    @Test
    void handsTheHandlerTheMetadataAndTheVerifiedFiles() throws Exception {
        svarInn.offer(first);

        receive((forsendelse, files) -> {
            svarInn.record("tittel " + forsendelse.tittel().orElseThrow());
            svarInn.record("files " + files.files().stream().map(VerifiedFile::filnavn).toList());
            svarInn.record("directory " + files.directory().equals(target.resolve(id(1)).toAbsolutePath()));
        });

        assertThat(svarInn.timeline()).contains("tittel Vedtak om byggesak " + id(1),
                "files [vedtak.pdf, vedlegg/kart.png, brev.txt]", "directory true");
    }

    @Test
    void aStorrelseOfZeroMeansTheSizeIsNotStatedAndTheSha256AloneDecides() throws Exception {
        List<TestForsendelse.FileMeta> sizesZero = first.metadata().stream()
                .map(file -> new TestForsendelse.FileMeta(file.filnavn(), file.sha256(), 0L))
                .toList();
        svarInn.offer(first.id(), sizesZero, () -> FakeSvarInn.envelope(first.envelope()));
        TestForsendelse empty = TestForsendelse.of(id(4), recipient.certificate(), "tom.txt", "");
        svarInn.offer(empty.id(), List.of(new TestForsendelse.FileMeta("tom.txt", EMPTY_SHA256, 0L)),
                () -> FakeSvarInn.envelope(empty.envelope()));
        svarInn.offer(second.id(), second.metadata().stream()
                .map(file -> new TestForsendelse.FileMeta(file.filnavn(), EMPTY_SHA256, 0L)).toList(),
                () -> FakeSvarInn.envelope(second.envelope()));

        ReceiveResult result = receive((forsendelse, files) -> { });

        assertThat(result.acknowledged()).containsExactly(id(1), id(4));
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(id(2));
            assertThat(failure.exception()).isInstanceOfSatisfying(ForsendelseVerificationException.class,
                    e -> assertThat(e.reason()).isEqualTo(ForsendelseVerificationException.Reason.HASH_MISMATCH));
        });
        assertThat(target.resolve(id(4)).resolve("tom.txt")).isEmptyFile();
    }

    @Test
    void aHandlerThatThrowsLeavesItsForsendelseUnacknowledgedAndReportsItAsFailed() throws Exception {
        offerAll();

        ReceiveResult result = receive((forsendelse, files) -> {
            if (forsendelse.id().equals(id(2))) {
                throw new IOException("the archive at /srv/arkiv/intern is full");
            }
        });

        assertThat(result.acknowledged()).containsExactly(id(1), id(3));
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(id(2));
            assertThat(failure.exception()).isInstanceOf(ForsendelseHandlerException.class)
                    .hasCauseInstanceOf(IOException.class);
            assertThat(failure.failureReported()).isTrue();
        });
        assertThat(svarInn.timeline()).doesNotContain("MOTTATT " + id(2));
        assertThat(svarInn.reports(id(2))).containsExactly(
                new Feil("Forsendelse " + id(2) + ": the receiving system could not import it", false));
    }

    @Test
    void anOutOfMemoryErrorOrStackOverflowInTheHandlerFailsOnlyItsForsendelse() throws Exception {
        offerAll();

        ReceiveResult result = receive((forsendelse, files) -> {
            if (forsendelse.id().equals(id(1))) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (forsendelse.id().equals(id(2))) {
                throw new StackOverflowError();
            }
        });

        assertThat(result.acknowledged()).containsExactly(id(3));
        assertThat(result.failures()).extracting(ReceiveFailure::forsendelseId).containsExactly(id(1), id(2));
        assertThat(result.failures().get(0).exception()).isInstanceOf(ForsendelseHandlerException.class)
                .hasCauseInstanceOf(OutOfMemoryError.class);
        assertThat(result.failures().get(1).exception()).isInstanceOf(ForsendelseHandlerException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(svarInn.reports(id(1))).singleElement().extracting(Feil::feilmelding)
                .isEqualTo("Forsendelse " + id(1) + ": the receiving system could not import it");
    }

    @Test
    void aRuntimeExceptionOnTheDownloadPathFailsOnlyItsForsendelse() throws Exception {
        svarInn.offer(first);
        svarInn.offer(second.id(), second.metadata(), () -> new MockResponse.Builder().code(204).build());
        svarInn.offer(third);

        ReceiveResult result = receive((forsendelse, files) -> { });

        assertThat(result.acknowledged()).containsExactly(id(1), id(3));
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.forsendelseId()).isEqualTo(id(2));
            assertThat(failure.exception()).isInstanceOf(UnexpectedReceiveFailureException.class)
                    .hasMessageContaining(id(2)).hasCauseInstanceOf(NullPointerException.class);
            assertThat(failure.failureReported()).isTrue();
        });
        assertThat(svarInn.reports(id(2))).singleElement().extracting(Feil::feilmelding)
                .isEqualTo("Forsendelse " + id(2) + ": the receiving system failed unexpectedly");
        assertThat(svarInn.timeline()).doesNotContain("MOTTATT " + id(2));
    }

    @Test
    void aForsendelseThatKeepsFailingIsTriedOncePerReceive() throws Exception {
        offerAll();

        ReceiveResult result = receive((forsendelse, files) -> {
            if (forsendelse.id().equals(id(2))) {
                throw new IllegalStateException("not today");
            }
        });

        assertThat(result.failures()).extracting(ReceiveFailure::forsendelseId).containsExactly(id(2));
        assertThat(Collections.frequency(svarInn.timeline(), "download " + id(2))).isOne();
        assertThat(Collections.frequency(svarInn.timeline(), "poll")).isEqualTo(2);
    }

    @Test
    void failuresAreNotReportedWhenReportingIsOff() throws Exception {
        svarInn.offer(first);

        ReceiveResult result = receive((forsendelse, files) -> {
            throw new IllegalStateException("not today");
        }, ReceiveOptions.builder().reportFailures(false).build());

        assertThat(result.failures()).singleElement().extracting(ReceiveFailure::failureReported).isEqualTo(false);
        assertThat(svarInn.timeline()).containsExactly("poll", "download " + id(1), "poll");
    }

    @Test
    void pollingOnceAsksSvarInnOnce() throws Exception {
        offerAll();

        receive((forsendelse, files) -> { }, ReceiveOptions.builder().pollUntilEmpty(false).build());

        assertThat(Collections.frequency(svarInn.timeline(), "poll")).isOne();
        assertThat(svarInn.timeline()).contains("MOTTATT " + id(3));
    }

    @Test
    void stopsAfterTheMaximumNumberOfForsendelser() throws Exception {
        offerAll();

        ReceiveResult result = receive((forsendelse, files) -> { },
                ReceiveOptions.builder().maxForsendelser(2).build());

        assertThat(result.acknowledged()).containsExactly(id(1), id(2));
        assertThat(svarInn.timeline()).doesNotContain("download " + id(3));
    }

    @Test
    void aFailedAcknowledgementIsRecordedButNotReportedAsAFailedReceipt() throws Exception {
        svarInn.offer(first);
        svarInn.failNext("MOTTATT " + id(1), 500, 3);

        ReceiveResult result = receive((forsendelse, files) -> svarInn.record("handled " + forsendelse.id()),
                ReceiveOptions.builder().pollUntilEmpty(false).build());

        assertThat(result.acknowledged()).isEmpty();
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.exception()).isInstanceOf(FiksServerException.class);
            assertThat(failure.failureReported()).isFalse();
        });
        assertThat(svarInn.timeline()).containsSubsequence("handled " + id(1), "MOTTATT " + id(1))
                .doesNotContain("FEILET " + id(1));
        assertThat(Collections.frequency(svarInn.timeline(), "MOTTATT " + id(1))).isEqualTo(3);
    }
}
