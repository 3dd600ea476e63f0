package io.github.fiksclients.svarinn;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import java.util.List;

/**
 * The README's quick start, kept here so that it compiles against the real API. It is not run: it needs real
 * credentials; the calls it makes are tested in {@code SvarInnV2ApiTest}.
 */
final class QuickStartExample {

    private QuickStartExample() {
    }

    static List<Forsendelse> quickStart(String mottakersystemId, String passord) {
        // --- README: quick start ---
        FiksClient fiks = FiksClient.builder()
                .environment(FiksEnvironment.TEST)
                .authentication(FiksAuthentication.basic(mottakersystemId, Secret.of(passord)))
                .build();

        SvarInnApi svarInn = fiks.create(SvarInnApi.class);
        List<Forsendelse> nye = svarInn.hentNyeForsendelser().execute();
        // --- end ---
        return nye;
    }
}
