package io.github.fiksclients.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.testkit.FaultRule;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A client rides over the faults a Fiks service answers with, as the simulator injects them. */
@ExtendWith(FiksSimulatorExtension.class)
class ResilienceEndToEndTest {

    @Test
    void receiveRidesOverA503WithRetryAfter(FiksSimulator simulator, @TempDir Path innkommende) {
        SimulatorCredentials demo = simulator.credentials();
        UUID id = simulator.svarInn().enqueue(demo.svarInnMottakerId(), SimulatedForsendelse.builder()
                .tittel("Vedtak").file("vedtak.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8))
                .build());
        simulator.faults().next(FaultRule.on("GET", "/tjenester/svarinn/v2/forsendelser")
                .respondWithStatus(503).retryAfter(Duration.ofSeconds(1)).build());
        simulator.faults().next(FaultRule.on("PATCH", "/tjenester/svarinn/v2/forsendelser/" + id + "/status")
                .respondWithStatus(503).retryAfter(Duration.ofSeconds(1)).build());

        ReceiveResult result;
        try (SvarInnClient svarInn = SvarInnClient.builder()
                .baseUrl(simulator.svarUtBaseUrl().toString())
                .mottakersystem(demo.svarInnMottakerId(), Secret.of(demo.svarInnMottakerPassord()))
                .privateKey(KeyMaterial.of(demo.svarInnPrivateKey()))
                .build()) {
            result = svarInn.receive(innkommende, (forsendelse, files) -> { });
        }

        assertThat(simulator.faults().pending()).as("both faults were served").isZero();
        assertThat(result.hasFailures()).as(result.toString()).isFalse();
        assertThat(result.acknowledged()).containsExactly(id.toString());
        assertThat(simulator.svarInn().status(id).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
    }
}
