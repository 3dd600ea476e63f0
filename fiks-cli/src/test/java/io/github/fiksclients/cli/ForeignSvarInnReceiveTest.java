package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fiks svarinn receive}, in this JVM, against a SvarInn that is not our simulator: file names not valid on
 * Windows arrive under safe names, envelopes claiming a 2 GiB header are refused and not acknowledged, the run goes
 * on and exits with 1. {@code ForeignSvarInnReceiveIT} runs the same with the shaded jar in a 64 MiB heap.
 */
class ForeignSvarInnReceiveTest {

    @TempDir
    Path work;

    @Test
    void receivesWindowsIllegalNamesUnderSafeNamesAndRefusesHugeHeadersWithoutStopping() throws Exception {
        try (ForeignSvarInn server = new ForeignSvarInn()) {
            WindowsNamesAndHugeHeaders.offer(server);
            Path out = work.resolve("innkommende");

            CliRun run = CliRun.run(server.variables(server.writePrivateKey(work.resolve("key.pem"))),
                    "svarinn", "receive", "--out", out.toString());

            WindowsNamesAndHugeHeaders.assertReceived(out, server, run.exitCode(), run.out() + run.err());
        }
    }

    @Test
    void severalKeyFilesAreTriedForAKeyRotationAndAFileWithItsCertificateIsMatchedByIt() throws Exception {
        try (ForeignSvarInn server = new ForeignSvarInn(); ForeignSvarInn previous = new ForeignSvarInn()) {
            server.offer(WindowsNamesAndHugeHeaders.AFTER, Map.of("brev.txt", new byte[] {1, 2, 3}));
            String oldKey = previous.writePrivateKey(work.resolve("gammel.pem")).toString();
            String newKey = server.writePrivateKeyWithCertificate(work.resolve("ny-med-sertifikat.pem")).toString();
            Path out = work.resolve("innkommende");

            CliRun run = CliRun.run(server.variables(oldKey + File.pathSeparator + newKey),
                    "svarinn", "receive", "--out", out.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(out.resolve(WindowsNamesAndHugeHeaders.AFTER + "/brev.txt")).hasBinaryContent(
                    new byte[] {1, 2, 3});
        }
    }
}
