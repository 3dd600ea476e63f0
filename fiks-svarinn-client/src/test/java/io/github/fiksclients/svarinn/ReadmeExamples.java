package io.github.fiksclients.svarinn;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.svarinn.receive.ExtractionLimits;
import io.github.fiksclients.svarinn.receive.ForsendelseReceiveException;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The SvarInn code examples of the README, kept here so that they compile against the real API. They are not run
 * (they need a real receiving system); the behaviour they show is tested by {@link ReceiveLoopTest} and friends.
 */
final class ReadmeExamples {

    /** The receiving system's archive, as the examples use it. */
    interface Archive {
        /** Imports a forsendelse; importing the same id again changes nothing. */
        void importForsendelse(String forsendelseId, NyForsendelse metadata, Path directory) throws IOException;
    }

    private ReadmeExamples() {
    }

    static ReceiveResult receiveLoop(String mottakersystemId, String passord, Archive archive) {
        // --- README: svarinn receive ---
        try (SvarInnClient svarInn = SvarInnClient.builder()
                .environment(FiksEnvironment.TEST)
                .mottakersystem(mottakersystemId, Secret.of(passord))
                .privateKey(KeyMaterial.fromPem(Path.of("mottakersystem-privatekey.pem")))
                .build()) {

            ReceiveResult result = svarInn.receive(Path.of("innkommende"), (forsendelse, files) ->
                    archive.importForsendelse(forsendelse.id(), forsendelse, files.directory()));

            for (ReceiveFailure failure : result.failures()) {
                System.err.println(failure.forsendelseId() + " was not received: " + failure.exception().getMessage());
            }
            return result;
        }
        // --- end ---
    }

    static void manualSteps(SvarInnClient svarInn, Archive archive) {
        // --- README: svarinn manual ---
        Path innkommende = Path.of("innkommende");
        for (NyForsendelse forsendelse : svarInn.fetchNew()) {
            ReceivedForsendelse files;
            try {
                files = svarInn.download(forsendelse, innkommende);
            } catch (ForsendelseReceiveException e) {
                svarInn.reportFailure(forsendelse.id(), e.getMessage(), false);
                continue;
            }
            try {
                archive.importForsendelse(forsendelse.id(), forsendelse, files.directory());
            } catch (IOException e) {
                svarInn.reportFailure(forsendelse.id(), "Import into the archive failed", false);
                continue;
            }
            svarInn.acknowledge(forsendelse.id());
        }
        // --- end ---
    }

    static SvarInnClient v1WithKeystore(String mottakersystemId, String passord, String keystorePassword) {
        // --- README: svarinn v1 ---
        SvarInnClient svarInn = SvarInnClient.builder()
                .environment(FiksEnvironment.PROD)
                .apiVersion(SvarInnApiVersion.V1)
                .mottakersystem(mottakersystemId, Secret.of(passord))
                .privateKey(KeyMaterial.fromPkcs12(Path.of("mottakersystem.p12"), Secret.of(keystorePassword),
                        "mottakersystem"))
                .extractionLimits(ExtractionLimits.builder().maxTotalBytes(2L * 1024 * 1024 * 1024).build())
                .readTimeout(Duration.ofMinutes(2))
                .build();
        // --- end ---
        return svarInn;
    }

    static ReceiveResult oneBatch(SvarInnClient svarInn, Archive archive) {
        // --- README: svarinn options ---
        ReceiveOptions options = ReceiveOptions.builder()
                .pollUntilEmpty(false)
                .maxForsendelser(50)
                .reportFailures(true)
                .permanentFailureAfter(3)   // failures on the content before SvarInn is told it is permanent; 0: never
                .build();
        ReceiveResult result = svarInn.receive(Path.of("innkommende"), (forsendelse, files) ->
                archive.importForsendelse(forsendelse.id(), forsendelse, files.directory()), options);
        // --- end ---
        return result;
    }
}
