package io.github.fiksclients.testkit;

/**
 * The key material of the demo credentials and the simulator's own signing key, generated once per JVM when
 * the first simulator starts (RSA key generation is slow, and demo keys need not differ between simulators).
 */
final class DemoKeys {

    static final KeyAndCertificate MASKINPORTEN_CLIENT = KeyAndCertificate.generate(
            "CN=Fiks simulator demo client,O=Fiks simulator demo,SERIALNUMBER=" + SimulatorCredentials.DEMO_ORGNR);
    static final KeyAndCertificate SVARINN_MOTTAKER = KeyAndCertificate.generate(
            "CN=Fiks simulator demo SvarInn mottaker,O=Fiks simulator demo");
    static final KeyAndCertificate SVARUT = KeyAndCertificate.generate(
            "CN=Fiks simulator SvarUt,O=Fiks simulator demo");
    static final KeyAndCertificate TOKEN_SIGNING = KeyAndCertificate.generate(
            "CN=Fiks simulator token signing,O=Fiks simulator demo");

    private DemoKeys() {
    }
}
