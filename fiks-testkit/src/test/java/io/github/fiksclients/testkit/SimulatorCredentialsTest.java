package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.secretscan.Finding;
import io.github.fiksclients.secretscan.SecretScan;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(FiksSimulatorExtension.class)
class SimulatorCredentialsTest {

    private static FiksSimulator simulator;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
    }

    private static Object readPem(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            return parser.readObject();
        }
    }

    private static boolean keyMatchesCertificate(PrivateKey key, X509Certificate certificate) throws Exception {
        byte[] data = "proof".getBytes();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }

    @Test
    void writesPkcs8KeysAndCertificatesThatBelongTogether(@TempDir Path directory) throws Exception {
        SimulatorCredentials credentials = simulator.credentials();

        credentials.writePemFiles(directory.resolve("demo"));

        Path dir = directory.resolve("demo");
        assertThat(Files.readString(dir.resolve(SimulatorCredentials.MASKINPORTEN_KEY_FILE)))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        PrivateKey maskinportenKey = new JcaPEMKeyConverter().getPrivateKey(
                (PrivateKeyInfo) readPem(dir.resolve(SimulatorCredentials.MASKINPORTEN_KEY_FILE)));
        X509Certificate maskinportenCertificate = new JcaX509CertificateConverter().getCertificate(
                (X509CertificateHolder) readPem(dir.resolve(SimulatorCredentials.MASKINPORTEN_CERTIFICATE_FILE)));
        PrivateKey svarInnKey = new JcaPEMKeyConverter().getPrivateKey(
                (PrivateKeyInfo) readPem(dir.resolve(SimulatorCredentials.SVARINN_KEY_FILE)));
        X509Certificate svarInnCertificate = new JcaX509CertificateConverter().getCertificate(
                (X509CertificateHolder) readPem(dir.resolve(SimulatorCredentials.SVARINN_CERTIFICATE_FILE)));
        assertThat(maskinportenCertificate).isEqualTo(credentials.maskinportenCertificate());
        assertThat(svarInnCertificate).isEqualTo(credentials.svarInnCertificate());
        assertThat(keyMatchesCertificate(maskinportenKey, maskinportenCertificate)).isTrue();
        assertThat(keyMatchesCertificate(svarInnKey, svarInnCertificate)).isTrue();
    }

    @Test
    void describeListsTheUrlsAndDemoCredentials() {
        SimulatorCredentials credentials = simulator.credentials();

        String description = simulator.describe();

        assertThat(description).contains(simulator.svarUtBaseUrl().toString(),
                simulator.maskinportenTokenUrl().toString(), simulator.maskinportenAudience(),
                credentials.integrasjonId().toString(), credentials.integrasjonPassord(),
                credentials.maskinportenClientId(), credentials.svarInnMottakerId(),
                credentials.svarInnMottakerPassord(), "DEMO");
    }

    @Test
    void toStringShowsNoPassword() {
        SimulatorCredentials credentials = simulator.credentials();

        assertThat(credentials.toString()).doesNotContain(credentials.integrasjonPassord(),
                credentials.svarInnMottakerPassord());
    }

    @Test
    void credentialsRegisteredInTheSimulatorAreLookedForByTheSecretScan() {
        String mottakerPassord = "registrert-pw-Yk42";
        String integrasjonPassord = "registrert-ip-Nh17";

        simulator.svarInn().registerMottaker(java.util.UUID.randomUUID().toString(), mottakerPassord,
                simulator.credentials().svarInnCertificate());
        simulator.innsyn().registerIntegrasjon(java.util.UUID.randomUUID(), integrasjonPassord);

        assertThat(SecretScan.current().scan("out", 1, mottakerPassord + "\n" + integrasjonPassord + "\n"))
                .extracting(Finding::where).containsExactlyInAnyOrder("out line 1", "out line 2");
    }

    @Test
    void thePublishedDemoCredentialsAreNotSecrets() {
        assertThat(SecretScan.current().scan("out", 1, simulator.credentials().svarInnMottakerPassord() + " "
                + simulator.credentials().integrasjonPassord())).isEmpty();
    }
}
