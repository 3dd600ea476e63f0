package io.github.fiksclients.spring;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code fiks.*} properties an application sets to talk to a simulator with its demo credentials. */
final class SimulatorProperties {

    private SimulatorProperties() {
    }

    /** The integration, Maskinporten (PEM files) and the two simulated services' base URLs. */
    static String[] integrasjon(FiksSimulator simulator, Path keys) {
        SimulatorCredentials demo = simulator.credentials();
        writePemFiles(simulator, keys);
        return new String[] {
            "fiks.innsyn.base-url=" + simulator.fiksApiBaseUrl(),
            "fiks.svarinn.base-url=" + simulator.svarUtBaseUrl(),
            "fiks.integrasjon.id=" + demo.integrasjonId(),
            "fiks.integrasjon.password=" + demo.integrasjonPassord(),
            "fiks.maskinporten.issuer=" + demo.maskinportenClientId(),
            "fiks.maskinporten.token-url=" + simulator.maskinportenTokenUrl(),
            "fiks.maskinporten.audience=" + simulator.maskinportenAudience(),
            "fiks.maskinporten.pem.private-key=" + keys.resolve(SimulatorCredentials.MASKINPORTEN_KEY_FILE),
            "fiks.maskinporten.pem.certificate=" + keys.resolve(SimulatorCredentials.MASKINPORTEN_CERTIFICATE_FILE),
        };
    }

    /** The SvarInn receiving system with its PEM key, and SvarInn's base URL. */
    static String[] mottakersystem(FiksSimulator simulator, Path keys) {
        SimulatorCredentials demo = simulator.credentials();
        writePemFiles(simulator, keys);
        return new String[] {
            "fiks.svarinn.base-url=" + simulator.svarUtBaseUrl(),
            "fiks.svarinn.mottakersystem.id=" + demo.svarInnMottakerId(),
            "fiks.svarinn.mottakersystem.password=" + demo.svarInnMottakerPassord(),
            "fiks.svarinn.private-key=" + keys.resolve(SimulatorCredentials.SVARINN_KEY_FILE),
        };
    }

    /** The SvarUt konto and SvarUt's base URL; sending also needs {@link #integrasjon}. */
    static String[] svarUt(FiksSimulator simulator) {
        return new String[] {
            "fiks.svarut.base-url=" + simulator.svarUtApiBaseUrl(),
            "fiks.svarut.konto-id=" + simulator.credentials().svarUtKontoId(),
        };
    }

    /** All three sets. */
    static String[] all(FiksSimulator simulator, Path keys) {
        List<String> all = new ArrayList<>(List.of(integrasjon(simulator, keys)));
        all.addAll(List.of(mottakersystem(simulator, keys)));
        all.addAll(List.of(svarUt(simulator)));
        return all.stream().distinct().toArray(String[]::new);
    }

    private static void writePemFiles(FiksSimulator simulator, Path keys) {
        try {
            simulator.credentials().writePemFiles(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
