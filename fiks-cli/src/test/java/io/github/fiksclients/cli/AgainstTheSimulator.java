package io.github.fiksclients.cli;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test classes that run the commands against one simulator per class, with the variables {@code fiks simulator}
 * prints for it (the demo credentials, and the demo keys as PEM files).
 */
@ExtendWith(FiksSimulatorExtension.class)
abstract class AgainstTheSimulator {

    @TempDir
    static Path keys;

    static FiksSimulator simulator;

    private static Map<String, String> simulatorVariables;

    @BeforeAll
    static void configureForTheSimulator(FiksSimulator running) throws IOException {
        simulator = running;
        simulatorVariables = SimulatorSetup.variables(running, keys);
    }

    /** The variables for the simulator, as a new map the test may change. */
    static Map<String, String> simulatorVariables() {
        return new HashMap<>(simulatorVariables);
    }

    /** One line of a JSON Lines file for {@code fiks innsyn index}: a forsendelseV2 melding for a citizen. */
    static String meldingLine(UUID meldingId, String fodselsnummer, String tittel) {
        return "{\"meldingId\": \"" + meldingId + "\", \"fiksOrganisasjonId\": "
                + "\"a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135\", \"sikkerhetsniva\": 3, \"eksponertFor\": "
                + "{\"identifikatorType\": \"FODSELSNUMMER\", \"verdi\": \"" + fodselsnummer + "\"}, "
                + "\"versjon\": \"forsendelseV2\", \"metadata\": " + forsendelse(tittel) + "}";
    }

    /** forsendelseV2 metadata that matches its model, as JSON text. */
    static String forsendelse(String tittel) {
        return "{\"tittel\": \"" + tittel + "\", \"avsender\": \"Fjordvik kommune\", \"sendtDato\": 1714550400000, "
                + "\"lest\": false, \"dokumenter\": [{\"tittel\": \"" + tittel + "\", \"mimeType\": \"application/pdf\", "
                + "\"nedlastingLenke\": \"https://dokumenter.example.test/vedtak.pdf\"}]}";
    }
}
