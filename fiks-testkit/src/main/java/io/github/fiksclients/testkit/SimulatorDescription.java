package io.github.fiksclients.testkit;

/** The human-readable summary of a running simulator that {@link FiksSimulator#describe()} returns. */
final class SimulatorDescription {

    private SimulatorDescription() {
    }

    static String of(FiksSimulator simulator) {
        SimulatorCredentials credentials = simulator.credentials();
        return String.join(System.lineSeparator(),
                "Fiks simulator on " + simulator.baseUrl(),
                "",
                "  SvarInn base URL            " + simulator.svarUtBaseUrl(),
                "  SvarUt API base URL         " + simulator.svarUtApiBaseUrl(),
                "  Fiks API base URL (Innsyn)  " + simulator.fiksApiBaseUrl(),
                "  Maskinporten token URL      " + simulator.maskinportenTokenUrl(),
                "  Maskinporten audience       " + simulator.maskinportenAudience(),
                "",
                "DEMO credentials (local demo values, not secrets; never use them elsewhere):",
                "  Fiks IntegrasjonId          " + credentials.integrasjonId(),
                "  Fiks IntegrasjonPassord     " + credentials.integrasjonPassord(),
                "  Maskinporten client id      " + credentials.maskinportenClientId()
                        + " (orgnr " + credentials.maskinportenOrgnr() + ")",
                "  SvarUt konto                " + credentials.svarUtKontoId(),
                "  SvarUt receiving orgnr      " + credentials.svarUtMottakerOrgnr()
                        + " (delivered to the SvarInn mottakersystem below)",
                "  SvarInn mottakersystem id   " + credentials.svarInnMottakerId(),
                "  SvarInn password            " + credentials.svarInnMottakerPassord(),
                "  Keys and certificates       generated at start; see SimulatorCredentials.writePemFiles",
                "");
    }
}
