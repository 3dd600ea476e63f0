package io.github.fiksclients.svarut;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.svarut.status.v2.model.ForsendelseStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The SvarUt code example of the README ("Sending with SvarUt"), kept here so that it compiles against the real API.
 * It is not run (it needs a real SvarUt konto); the behaviour it shows is tested by {@link SendRequestShapeTest},
 * {@link ExactlyOnceTest} and friends.
 */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    static List<ForsendelseStatus> send(UUID kontoId, String integrasjonId, String integrasjonPassord,
            AccessTokenProvider maskinporten) {
        // --- README: svarut send ---
        try (SvarUtClient svarUt = SvarUtClient.builder()
                .environment(FiksEnvironment.TEST)                 // https://test.svarut.ks.no/api/
                .konto(kontoId)
                .integrasjon(integrasjonId, Secret.of(integrasjonPassord))
                .accessTokenProvider(maskinporten)                 // a MaskinportenTokenProvider, scope ks:fiks
                .build()) {
            UUID id = svarUt.send(Forsendelse.builder()
                    .tittel("Vedtak i sak 2025/42")
                    .mottaker(Mottaker.organisasjon("999888777").navn("Eksempel kommune"))
                    .dokument(Dokument.fromFile(Path.of("vedtak.pdf")))
                    .eksternReferanse("sak-2025-42-vedtak")        // unique per forsendelse: makes a send exactly-once
                    .kryptert(true)                                // to SvarUt's certificate, fetched and cached
                    .build());
            return svarUt.statuser(List.of(id));                   // also hendelser, metadata, markAsRead, ...
        }
        // --- end ---
    }
}
