package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demoReceivesIndexesAndSearchesThenReportsSuccess() {
        CliRun run = CliRun.run(Map.of(), "demo");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("[1/5] Started the Fiks simulator on http://127.0.0.1:")
                .contains("[2/5] SvarUt: sending \"Nabovarsel i byggesak 2024/17\"")
                .contains("Mottakersystem lookup: 999111222 receives digitally through")
                .contains("decrypted, verified, identical to what was sent; SvarUt status now LEST (delivered)")
                .contains("vedtak.pdf", "situasjonsplan.png", "protokoll.txt", "faktura.pdf",
                        "betalingsinformasjon.txt")
                .contains("2,048 bytes  SHA-256 verified")
                .contains("4 received and acknowledged, 0 not received")
                .contains("Status in the simulator: 4 x MOTTATT")
                .contains("batch 1 accepted: 5 meldinger (5 opprettet, 0 oppdatert)")
                .contains("Vedtak om byggetillatelse for carport", "Vedtak om skoleskyss")
                .doesNotContain("Vedtak om byggetillatelse for garasje")
                .contains("Demo succeeded in ")
                .contains("1 forsendelse sent through SvarUt and delivered; 4 forsendelser received, verified and "
                        + "acknowledged; 5 meldinger indexed; 2 search hits");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void demoKeepsTheReceivedFilesInTheGivenDirectory(@TempDir Path directory) throws IOException {
        CliRun run = CliRun.run(Map.of(), "demo", "--dir", directory.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> files = Files.walk(directory.resolve("innkommende"))) {
            List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.equals(".fiks-svarinn.lock"))
                    .toList();
            assertThat(names).containsExactlyInAnyOrder("vedtak.pdf", "situasjonsplan.png", "protokoll.txt",
                    "faktura.pdf", "betalingsinformasjon.txt", "nabovarsel.pdf", "situasjonskart.pdf");
        }
    }
}
