package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.FakeSvarInn.Feil;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import io.github.fiksclients.svarinn.receive.UnsafeEntryNameException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forsendelser whose content can never be received are reported to SvarInn as permanently failed, after the number
 * of failures the options say, counted across receives; other failures never are; and failing forsendelser at the
 * head of SvarInn's list do not keep newer ones from being received.
 */
class PermanentFailureTest {

    private static TestRecipient recipient;
    private static TestForsendelse good;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V2);

    @TempDir
    Path target;

    @BeforeAll
    static void makeKey() {
        recipient = TestRecipient.generate();
        good = TestForsendelse.of(id(1000), recipient.certificate(), "brev.txt", "Hei");
    }

    private ReceiveResult receive(ReceiveOptions options) {
        return receive(options, (forsendelse, files) -> { });
    }

    private ReceiveResult receive(ReceiveOptions options, ForsendelseHandler handler) {
        try (SvarInnClient client = svarInn.client(KeyMaterial.of(recipient.privateKey())).build()) {
            return client.receive(target, handler, options);
        }
    }

    /** A forsendelse whose metadata states a wrong SHA-256 for its file. */
    private void offerWithWrongHash(String id) {
        TestForsendelse forsendelse = TestForsendelse.of(id, recipient.certificate(), "vedtak.pdf", "%PDF " + id);
        svarInn.offer(id, List.of(new FileMeta("vedtak.pdf", "ab".repeat(32), null)),
                () -> FakeSvarInn.envelope(forsendelse.envelope()));
    }

    @Test
    void aHashThatNeverMatchesIsReportedAsPermanentOnTheThirdReceiveByDefault() {
        offerWithWrongHash(id(1));

        ReceiveResult first = receive(ReceiveOptions.defaults());
        ReceiveResult second = receive(ReceiveOptions.defaults());
        ReceiveResult third = receive(ReceiveOptions.defaults());
        ReceiveResult fourth = receive(ReceiveOptions.defaults());

        assertThat(List.of(first, second, third)).allSatisfy(result -> assertThat(result.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.exception())
                        .isInstanceOf(ForsendelseVerificationException.class)));
        assertThat(first.failures().get(0)).extracting(ReceiveFailure::reportedPermanent,
                ReceiveFailure::failuresOnContent).containsExactly(false, 1);
        assertThat(second.failures().get(0)).extracting(ReceiveFailure::reportedPermanent,
                ReceiveFailure::failuresOnContent).containsExactly(false, 2);
        assertThat(third.failures().get(0)).extracting(ReceiveFailure::reportedPermanent,
                ReceiveFailure::failuresOnContent).containsExactly(true, 3);
        assertThat(svarInn.reports(id(1))).extracting(Feil::permanent).containsExactly(false, false, true);
        assertThat(svarInn.reports(id(1)).get(2).feilmelding())
                .startsWith("Forsendelse " + id(1) + ": file 'vedtak.pdf' has SHA-256")
                .endsWith(" (permanent: failed on its content 3 times)");
        assertThat(fourth.failures()).isEmpty();
        assertThat(svarInn.timeline()).doesNotContain("MOTTATT " + id(1));
    }

    @Test
    void theThresholdIsAnOptionAndOneReportsTheFirstFailureAsPermanent() {
        TestForsendelse unsafe = TestForsendelse.of(id(2), recipient.certificate(), "../../utenfor.txt", "ondt");
        svarInn.offer(unsafe);
        svarInn.offer(good);

        ReceiveResult result = receive(ReceiveOptions.builder().permanentFailureAfter(1).build());

        assertThat(result.acknowledged()).containsExactly(good.id());
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.exception()).isInstanceOf(UnsafeEntryNameException.class);
            assertThat(failure.reportedPermanent()).isTrue();
        });
        assertThat(svarInn.reports(id(2))).singleElement().satisfies(feil -> {
            assertThat(feil.permanent()).isTrue();
            assertThat(feil.feilmelding()).endsWith(" (permanent)");
        });
    }

    @Test
    void zeroNeverReportsAFailureAsPermanent() {
        offerWithWrongHash(id(1));
        ReceiveOptions never = ReceiveOptions.builder().permanentFailureAfter(0).build();

        for (int run = 0; run < 4; run++) {
            receive(never);
        }

        assertThat(svarInn.reports(id(1))).hasSize(4).noneMatch(Feil::permanent);
    }

    @Test
    void failuresThatDoNotLieInTheForsendelseAreNeverCountedNorReportedAsPermanent() {
        svarInn.offer(TestForsendelse.of(id(3), recipient.certificate(), "vedtak.pdf", "%PDF"));
        TestRecipient someoneElse = TestRecipient.generate();
        svarInn.offer(TestForsendelse.of(id(4), someoneElse.certificate(), "vedtak.pdf", "%PDF"));
        svarInn.failNext("download " + id(5), 500, 100);
        svarInn.offer(TestForsendelse.of(id(5), recipient.certificate(), "vedtak.pdf", "%PDF"));
        ReceiveOptions options = ReceiveOptions.builder().permanentFailureAfter(1).build();
        List<ReceiveFailure> all = new ArrayList<>();

        for (int run = 0; run < 3; run++) {
            all.addAll(receive(options, (forsendelse, files) -> {
                throw new IOException("the archive is down");
            }).failures());
        }

        assertThat(all).hasSize(9).allSatisfy(failure -> {
            assertThat(failure.reportedPermanent()).isFalse();
            assertThat(failure.failuresOnContent()).isZero();
        });
        assertThat(all).filteredOn(failure -> failure.forsendelseId().equals(id(4)))
                .allSatisfy(failure -> assertThat(failure.exception())
                        .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> assertThat(e.reason())
                                .isEqualTo(ForsendelseDecryptionException.Reason.NO_MATCHING_KEY)));
        assertThat(List.of(id(3), id(4), id(5))).allSatisfy(id -> assertThat(svarInn.reports(id))
                .hasSize(3).noneMatch(Feil::permanent));
    }

    @Test
    void theCountEndsWhenTheForsendelseIsReceived() throws IOException {
        offerWithWrongHash(id(1));
        receive(ReceiveOptions.defaults());
        assertThat(Files.readString(target.resolve(".fiks-svarinn-attempts"))).contains(id(1) + " 1 ");
        svarInn.offer(TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF " + id(1)));

        ReceiveResult result = receive(ReceiveOptions.defaults());

        assertThat(result.acknowledged()).containsExactly(id(1));
        assertThat(Files.readString(target.resolve(".fiks-svarinn-attempts"))).doesNotContain(id(1));
    }

    @Test
    void aStateFileThatCannotBeReadIsSkippedAndACrashedSaveIsDeleted() throws IOException {
        Files.writeString(target.resolve(".fiks-svarinn-attempts"), "# kommentar\nikke en linje\n" + id(1)
                + " 2 " + System.currentTimeMillis() + "\n");
        Files.writeString(target.resolve(".fiks-svarinn-attempts.tmp-halv"), id(1) + " 9");
        offerWithWrongHash(id(1));

        ReceiveResult result = receive(ReceiveOptions.defaults());

        assertThat(result.failures()).singleElement().extracting(ReceiveFailure::failuresOnContent,
                ReceiveFailure::reportedPermanent).containsExactly(3, true);
        assertThat(target.resolve(".fiks-svarinn-attempts.tmp-halv")).doesNotExist();
    }

    @Test
    void aFullListOfFailingForsendelserDoesNotKeepANewerOneFromBeingReceived() {
        svarInn.maxPerPoll(5);
        for (int i = 1; i <= 5; i++) {
            offerWithWrongHash(id(i));
        }
        svarInn.offer(good);

        List<ReceiveResult> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            runs.add(receive(ReceiveOptions.defaults()));
        }

        assertThat(runs.get(0).acknowledged()).isEmpty();
        assertThat(runs.get(1).acknowledged()).isEmpty();
        assertThat(runs.get(2).acknowledged()).containsExactly(good.id());
        assertThat(runs.get(2).failures()).hasSize(5).allMatch(ReceiveFailure::reportedPermanent);
    }

    @Test
    void forsendelserThatFailedBeforeAreTriedAfterTheOthers() {
        offerWithWrongHash(id(1));
        receive(ReceiveOptions.defaults());
        svarInn.offer(good);

        ReceiveResult result = receive(ReceiveOptions.builder().maxForsendelser(1).build());

        assertThat(result.acknowledged()).containsExactly(good.id());
        assertThat(result.failures()).isEmpty();
    }
}
