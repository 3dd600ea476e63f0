package io.github.fiksclients.svarinn;

import static io.github.fiksclients.svarinn.TestForsendelse.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException;
import io.github.fiksclients.svarinn.receive.TestRecipient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link SvarInnClient#receive} against SvarInn v1: the same loop, with v1's receipts and unknown sizes. */
class ReceiveLoopV1Test {

    private static KeyMaterial key;
    private static TestForsendelse first;
    private static TestForsendelse second;

    @RegisterExtension
    final FakeSvarInn svarInn = new FakeSvarInn(SvarInnApiVersion.V1);

    @TempDir
    Path target;

    @BeforeAll
    static void makeForsendelser() {
        TestRecipient recipient = TestRecipient.generate();
        key = KeyMaterial.of(recipient.privateKey());
        first = TestForsendelse.of(id(1), recipient.certificate(), "vedtak.pdf", "%PDF vedtak", "kart.png", "PNG");
        second = TestForsendelse.of(id(2), recipient.certificate(), "brev.txt", "Hei", "vedlegg/skjema.xml", "<s/>");
    }

    private ReceiveResult receive(ForsendelseHandler handler) {
        try (SvarInnClient client = svarInn.client(key).build()) {
            return client.receive(target, handler);
        }
    }

    @Test
    void acknowledgesWithKvitterMottakOnlyAfterTheHandlerReturned() throws Exception {
        svarInn.offer(first);
        svarInn.offer(second);

        ReceiveResult result = receive((forsendelse, files) -> svarInn.record("handled " + forsendelse.id()));

        assertThat(result.acknowledged()).containsExactly(id(1), id(2));
        for (TestForsendelse forsendelse : List.of(first, second)) {
            String id = forsendelse.id();
            assertThat(svarInn.timeline()).containsSubsequence("download " + id, "handled " + id, "MOTTATT " + id);
            assertThat(Collections.frequency(svarInn.timeline(), "MOTTATT " + id)).isOne();
            forsendelse.files().forEach((name, content) ->
                    assertThat(target.resolve(id).resolve(name)).hasBinaryContent(content));
        }
    }

    @Test
    void aSizeOfZeroMeansUnknownAndTheSha256AloneIsChecked() throws Exception {
        List<FileMeta> unknownSizes = first.metadata().stream()
                .map(file -> new FileMeta(file.filnavn(), file.sha256(), 0L))
                .toList();
        svarInn.offer(first.id(), unknownSizes, () -> FakeSvarInn.envelope(first.envelope()));

        ReceiveResult result = receive((forsendelse, files) -> { });

        assertThat(result.acknowledged()).containsExactly(id(1));
    }

    @Test
    void aForsendelseThatFailsVerificationIsReportedWithMottakFeilet() throws Exception {
        List<FileMeta> wrongHash = List.of(first.metadata().get(0),
                new FileMeta("kart.png", "0".repeat(64), 3L));
        svarInn.offer(first.id(), wrongHash, () -> FakeSvarInn.envelope(first.envelope()));

        ReceiveResult result = receive((forsendelse, files) -> svarInn.record("handled"));

        assertThat(result.failures()).singleElement().extracting(ReceiveFailure::exception)
                .isInstanceOf(ForsendelseVerificationException.class);
        assertThat(svarInn.timeline()).doesNotContain("handled", "MOTTATT " + id(1));
        assertThat(svarInn.reports(id(1))).singleElement().satisfies(feil -> {
            assertThat(feil.permanent()).isFalse();
            assertThat(feil.feilmelding()).contains("kart.png", "SHA-256");
        });
        try (var entries = Files.list(target)) {
            assertThat(entries.map(entry -> entry.getFileName().toString()))
                    .containsExactlyInAnyOrder(".fiks-svarinn.lock", ".fiks-svarinn-attempts");
        }
    }
}
