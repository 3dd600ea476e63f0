package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Encrypted forsendelser through decryption and extraction, as a receiving system gets them. */
class ReceivePipelineTest {

    private static final String ID = "6f1d3c2e-0a4b-4c5d-9e8f-112233445566";
    private static final Map<String, byte[]> FILES = Zips.files(
            "brev.pdf", "%PDF-1.7 et brev",
            "vedlegg/situasjonsplan.png", "ikke egentlig en PNG",
            "tom.txt", "");

    private static TestRecipient recipient;
    private static TestRecipient someoneElse;

    @TempDir
    Path target;

    @BeforeAll
    static void generateKeys() {
        recipient = TestRecipient.generate();
        someoneElse = TestRecipient.generate();
    }

    @ParameterizedTest
    @EnumSource(KeyTransport.class)
    void writesEveryVerifiedFileOfAnEnvelopeToItsOwnDirectory(KeyTransport keyTransport) throws IOException {
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), keyTransport);

        ReceivedForsendelse received = receive(new ByteArrayInputStream(envelope));

        assertThat(received.directory()).isEqualTo(target.resolve(ID));
        assertThat(received.files()).extracting(VerifiedFile::filnavn).containsExactlyElementsOf(FILES.keySet());
        for (VerifiedFile file : received.files()) {
            byte[] content = FILES.get(file.filnavn());
            assertThat(file.path()).hasBinaryContent(content);
            assertThat(file.size()).isEqualTo(content.length);
            assertThat(file.sha256()).isEqualTo(Zips.sha256(content));
        }
        try (var entries = Files.list(target)) {
            assertThat(entries).containsExactly(target.resolve(ID));
        }
    }

    @ParameterizedTest
    @EnumSource(KeyTransport.class)
    void decryptsAnEnvelopeMadeByOpenssl(KeyTransport keyTransport, @TempDir Path work) throws Exception {
        Assumptions.assumeTrue(opensslAvailable(), "openssl is not on the PATH: skipping the openssl interop test");
        Path certificate = work.resolve("cert.pem");
        try (Writer out = Files.newBufferedWriter(certificate); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(recipient.certificate());
        }
        Path zip = Files.write(work.resolve("forsendelse.zip"), Zips.zip(FILES));
        Path envelope = work.resolve("forsendelse.der");
        List<String> command = new ArrayList<>(List.of("openssl", "cms", "-encrypt", "-binary", "-aes256",
                "-in", zip.toString(), "-out", envelope.toString(), "-outform", "DER",
                "-recip", certificate.toString()));
        if (keyTransport == KeyTransport.OAEP) {
            command.addAll(List.of("-keyopt", "rsa_padding_mode:oaep"));
        }
        run(command);

        ReceivedForsendelse received;
        try (InputStream in = Files.newInputStream(envelope)) {
            received = receive(in);
        }

        assertThat(received.files()).hasSize(FILES.size());
        for (VerifiedFile file : received.files()) {
            assertThat(file.path()).hasBinaryContent(FILES.get(file.filnavn()));
        }
    }

    @Test
    void replacesAnEarlierCopyOfTheSameForsendelse() throws IOException {
        Files.createDirectories(target.resolve(ID));
        Files.writeString(target.resolve(ID).resolve("rest fra forrige forsøk.tmp"), "gammelt");
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), KeyTransport.PKCS1_V1_5);

        receive(new ByteArrayInputStream(envelope));

        try (var entries = Files.list(target)) {
            assertThat(entries).containsExactly(target.resolve(ID));
        }
        try (var files = Files.walk(target.resolve(ID))) {
            assertThat(files.filter(Files::isRegularFile).map(path -> target.resolve(ID).relativize(path).toString()))
                    .containsExactlyInAnyOrderElementsOf(FILES.keySet());
        }
    }

    @Test
    void rejectsAnEnvelopeMadeForAnotherKey() {
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), someoneElse.certificate(), KeyTransport.PKCS1_V1_5);

        assertThatThrownBy(() -> receive(new ByteArrayInputStream(envelope)))
                .isInstanceOf(ForsendelseDecryptionException.class)
                .hasMessageContaining(ID)
                .hasMessageContaining("cannot be decrypted with the receiving system");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsBytesThatAreNoCmsEnvelope() {
        byte[] notAnEnvelope = Zips.zip(FILES);

        assertThatThrownBy(() -> receive(new ByteArrayInputStream(notAnEnvelope)))
                .isInstanceOf(ForsendelseDecryptionException.class)
                .hasMessageContaining(ID);
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsAnEnvelopeWithADamagedHeader() {
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), KeyTransport.PKCS1_V1_5);
        for (int i = 20; i < 60; i++) {
            envelope[i] ^= 0x5a;
        }

        assertThatThrownBy(() -> receive(new ByteArrayInputStream(envelope)))
                .isInstanceOf(ForsendelseDecryptionException.class);
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsATruncatedEnvelope() {
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), KeyTransport.PKCS1_V1_5);
        byte[] truncated = Arrays.copyOf(envelope, envelope.length - 100);

        assertThatThrownBy(() -> receive(new ByteArrayInputStream(truncated)))
                .isInstanceOf(ForsendelseDecryptionException.class)
                .hasMessageContaining(ID);
        assertThat(target).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 0.99})
    void reportsADownloadThatBreaksOffAsADownloadFailure(double brokenAt) {
        byte[] envelope = Envelopes.encrypt(Zips.zip(FILES), recipient.certificate(), KeyTransport.PKCS1_V1_5);
        int failAfter = (int) (envelope.length * brokenAt);

        assertThatThrownBy(() -> receive(new FailingInputStream(envelope, failAfter)))
                .isInstanceOf(ForsendelseDownloadException.class)
                .hasMessageContaining(ID)
                .hasMessageContaining("after " + failAfter + " bytes")
                .hasRootCauseMessage("Connection reset");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsTamperedCiphertextThatDecryptionItselfCannotDetect() {
        byte[] incompressible = new byte[20_000];
        new Random(42).nextBytes(incompressible);
        Map<String, byte[]> files = Map.of("skannet.tif", incompressible);
        byte[] envelope = Envelopes.encrypt(Zips.zip(files), recipient.certificate(), KeyTransport.PKCS1_V1_5);
        envelope[envelope.length / 2] ^= 0x01;

        assertThatThrownBy(() -> receive(new ByteArrayInputStream(envelope), files))
                .isInstanceOf(ForsendelseFormatException.class)
                .hasMessageContaining(ID);
        assertThat(target).isEmptyDirectory();
    }

    private ReceivedForsendelse receive(InputStream download) {
        return receive(download, FILES);
    }

    private ReceivedForsendelse receive(InputStream download, Map<String, byte[]> files) {
        InputStream zip = new EnvelopeDecryptor(recipient.privateKey()).decrypt(ID, download);
        return new ForsendelseExtractor(target).extract(ID, zip, Zips.metadata(files));
    }

    private static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl said: %s", output).isZero();
    }
}
