package io.github.fiksclients.cli;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points the {@code fiks} commands at a running simulator: writes its demo keys as PEM files and gives the
 * variables that configure every command for it, in the order people read them.
 */
final class SimulatorSetup {

    private SimulatorSetup() {
    }

    /**
     * Writes the demo keys and returns the variables for the simulator.
     *
     * @param simulator the running simulator
     * @param pemDirectory where to write the demo PEM files; created if missing
     * @return variable names and values, ready for {@link Variables#of} or to print as {@code export} lines
     * @throws IOException if the PEM files cannot be written
     */
    static Map<String, String> variables(FiksSimulator simulator, Path pemDirectory) throws IOException {
        SimulatorCredentials demo = simulator.credentials();
        demo.writePemFiles(pemDirectory);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(Variables.SVARINN_URL, simulator.svarUtBaseUrl().toString());
        variables.put(Variables.SVARINN_USER, demo.svarInnMottakerId());
        variables.put(Variables.SVARINN_PASSWORD, demo.svarInnMottakerPassord());
        variables.put(Variables.SVARINN_PRIVATE_KEY, pem(pemDirectory, SimulatorCredentials.SVARINN_KEY_FILE));
        variables.put(Variables.SVARUT_URL, simulator.svarUtApiBaseUrl().toString());
        variables.put(Variables.SVARUT_KONTO, demo.svarUtKontoId().toString());
        variables.put(Variables.INNSYN_URL, simulator.fiksApiBaseUrl().toString());
        variables.put(Variables.INTEGRASJON_ID, demo.integrasjonId().toString());
        variables.put(Variables.INTEGRASJON_PASSORD, demo.integrasjonPassord());
        variables.put(Variables.MASKINPORTEN_ISSUER, demo.maskinportenClientId());
        variables.put(Variables.MASKINPORTEN_KEY, pem(pemDirectory, SimulatorCredentials.MASKINPORTEN_KEY_FILE));
        variables.put(Variables.MASKINPORTEN_CERT,
                pem(pemDirectory, SimulatorCredentials.MASKINPORTEN_CERTIFICATE_FILE));
        variables.put(Variables.MASKINPORTEN_TOKEN_URL, simulator.maskinportenTokenUrl().toString());
        variables.put(Variables.MASKINPORTEN_AUDIENCE, simulator.maskinportenAudience());
        return variables;
    }

    private static String pem(Path directory, String file) {
        return directory.resolve(file).toAbsolutePath().toString();
    }
}
