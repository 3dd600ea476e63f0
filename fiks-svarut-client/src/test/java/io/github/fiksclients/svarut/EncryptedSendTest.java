package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.auth.TestKeys;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A kryptert forsendelse: each document CMS-encrypted to SvarUt's certificate, as {@code openssl cms} reads it. */
class EncryptedSendTest {

    private static TestKeys svarUtKeys;

    @RegisterExtension
    final FakeSvarUt svarUt = new FakeSvarUt();

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() {
        svarUtKeys = TestKeys.generate("SvarUt test");
    }

    @Test
    void encryptsEachDocumentToTheCertificateSvarUtPublishesAndOpensslDecryptsIt() throws Exception {
        svarUt.certificate(pem(svarUtKeys.certificate()).getBytes(StandardCharsets.US_ASCII));
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("vedtak.pdf"), content);

        try (SvarUtClient client = svarUt.client().build()) {
            client.send(forsendelse(file));
            client.send(forsendelse(file));
        }

        assertThat(svarUt.certificateFetches()).as("fetched once, then cached").isEqualTo(1);
        assertThat(svarUt.sends().get(0).metadata().get("kryptert").getAsBoolean()).isTrue();
        FakeSvarUt.ReceivedPart part = svarUt.sends().get(0).documents().get(0);
        assertThat(part.filename()).isEqualTo("vedtak.pdf");
        assertThat(part.size()).isGreaterThan(content.length);
        assertThat(part.sha256()).isNotEqualTo(SendRequestShapeTest.sha256(content));
        assertThat(opensslDecrypt(part.head())).isEqualTo(content);
    }

    @Test
    void usesTheCertificateGivenToTheBuilderWithoutFetchingOne() throws Exception {
        Path file = Files.writeString(dir.resolve("brev.pdf"), "%PDF-1.4 hemmelig brev");
        try (SvarUtClient client = svarUt.client().svarUtCertificate(svarUtKeys.certificate()).build()) {
            client.send(forsendelse(file));
        }
        assertThat(svarUt.certificateFetches()).isZero();
        assertThat(opensslDecrypt(svarUt.sends().get(0).documents().get(0).head()))
                .isEqualTo("%PDF-1.4 hemmelig brev".getBytes(StandardCharsets.US_ASCII));
    }

    private static Forsendelse forsendelse(Path file) {
        return Forsendelse.builder().tittel("Hemmelig vedtak")
                .mottaker(Mottaker.person("01017012345").navn("Kari Nordmann"))
                .dokument(Dokument.fromFile(file))
                .kryptert(true)
                .krevNiva4Innlogging(true)
                .build();
    }

    private byte[] opensslDecrypt(byte[] envelope) throws Exception {
        Path in = Files.write(dir.resolve("envelope.der"), envelope);
        Path key = Files.writeString(dir.resolve("svarut-key.pem"), pem(svarUtKeys.privateKey()));
        Path out = dir.resolve("decrypted");
        Process openssl = new ProcessBuilder("openssl", "cms", "-decrypt", "-binary", "-inform", "DER",
                "-in", in.toString(), "-inkey", key.toString(), "-out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as("openssl cms -decrypt: " + output).isZero();
        return Files.readAllBytes(out);
    }

    private static String pem(Object item) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(item);
        }
        return text.toString();
    }
}
