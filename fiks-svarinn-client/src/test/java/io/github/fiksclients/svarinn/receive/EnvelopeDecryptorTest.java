package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.SimpleAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which recipient and key decrypt an envelope, and authenticated (AES-GCM) envelopes. */
class EnvelopeDecryptorTest {

    private static final String ID = "forsendelse-1";
    private static final Map<String, byte[]> FILES = Zips.files("brev.pdf", "%PDF et brev", "vedlegg.txt", "vedlegg");
    private static final byte[] ZIP = Zips.zip(FILES);

    private static TestRecipient us;
    private static TestRecipient ourOldKey;
    private static TestRecipient stranger;

    @TempDir
    Path work;

    @BeforeAll
    static void makeKeys() {
        us = TestRecipient.generate();
        ourOldKey = TestRecipient.generate();
        stranger = TestRecipient.generate();
    }

    private static KeyMaterial withCertificate(TestRecipient recipient) {
        return KeyMaterial.of(recipient.privateKey(), recipient.certificate());
    }

    private static byte[] decrypt(EnvelopeDecryptor decryptor, byte[] envelope) throws IOException {
        try (InputStream content = decryptor.decrypt(ID, new ByteArrayInputStream(envelope))) {
            return content.readAllBytes();
        }
    }

    @Test
    void choosesTheRecipientThatNamesOurCertificateNotTheFirst() throws Exception {
        byte[] envelope = withDecoyRecipientFirst(ZIP, us, stranger);

        assertThat(decrypt(new EnvelopeDecryptor(List.of(withCertificate(us))), envelope)).isEqualTo(ZIP);
    }

    @Test
    void withSeveralKeysDecryptsWithTheKeyTheEnvelopeIsFor() throws Exception {
        EnvelopeDecryptor rotating = new EnvelopeDecryptor(List.of(withCertificate(us), withCertificate(ourOldKey)));

        assertThat(decrypt(rotating, Envelopes.encrypt(ZIP, us.certificate(), KeyTransport.PKCS1_V1_5)))
                .isEqualTo(ZIP);
        assertThat(decrypt(rotating, Envelopes.encrypt(ZIP, ourOldKey.certificate(), KeyTransport.OAEP)))
                .isEqualTo(ZIP);
    }

    @Test
    void aKeyWithoutACertificateIsTriedAlongsideKeysWithOne() throws Exception {
        EnvelopeDecryptor decryptor = new EnvelopeDecryptor(List.of(withCertificate(us),
                KeyMaterial.of(ourOldKey.privateKey())));

        assertThat(decrypt(decryptor, Envelopes.encrypt(ZIP, ourOldKey.certificate(), KeyTransport.PKCS1_V1_5)))
                .isEqualTo(ZIP);
    }

    @Test
    void matchesARecipientNamedBySubjectKeyIdentifier() throws Exception {
        byte[] subjectKeyId = new JcaX509ExtensionUtils().createSubjectKeyIdentifier(us.certificate().getPublicKey())
                .getKeyIdentifier();
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(stranger.certificate()));
        generator.addRecipientInfoGenerator(
                new JceKeyTransRecipientInfoGenerator(subjectKeyId, us.certificate().getPublicKey()));
        byte[] envelope = generator.generate(new CMSProcessableByteArray(ZIP),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC).build()).getEncoded();

        assertThat(decrypt(new EnvelopeDecryptor(List.of(withCertificate(us))), envelope)).isEqualTo(ZIP);
    }

    @Test
    void anEnvelopeForNoneOfOurCertificatesNamesItsRecipientsAndIsNotPermanent() {
        byte[] envelope = Envelopes.encrypt(ZIP, stranger.certificate(), KeyTransport.PKCS1_V1_5);
        EnvelopeDecryptor decryptor = new EnvelopeDecryptor(List.of(withCertificate(us), withCertificate(ourOldKey)));
        String strangersSerial = stranger.certificate().getSerialNumber().toString(16);

        assertThatThrownBy(() -> decrypt(decryptor, envelope))
                .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_KEY);
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e).hasMessageContaining("for none of the receiving system's certificates")
                            .hasMessageContaining("serial " + strangersSerial);
                });
    }

    @Test
    void decryptsAuthenticatedEnvelopedDataWithAesGcm() throws Exception {
        byte[] envelope = authEnveloped(ZIP, CMSAlgorithm.AES256_GCM, false);

        assertThat(decrypt(new EnvelopeDecryptor(List.of(withCertificate(us))), envelope)).isEqualTo(ZIP);
        assertThat(decrypt(new EnvelopeDecryptor(us.privateKey()), envelope)).isEqualTo(ZIP);
    }

    @Test
    void decryptsAuthenticatedEnvelopedDataWithAuthenticatedAttributes() throws Exception {
        byte[] envelope = authEnveloped(ZIP, CMSAlgorithm.AES128_GCM, true);

        assertThat(decrypt(new EnvelopeDecryptor(us.privateKey()), envelope)).isEqualTo(ZIP);
    }

    @Test
    void refusesAuthenticatedContentWhoseTagDoesNotMatchAsDamaged() throws Exception {
        byte[] envelope = authEnveloped(ZIP, CMSAlgorithm.AES256_GCM, false);
        envelope[envelope.length - 9] ^= 0x01; // in the tag, before the three closing end-of-contents

        assertThatThrownBy(() -> decrypt(new EnvelopeDecryptor(us.privateKey()), envelope))
                .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED_CONTENT);
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e).hasMessageContaining("fails its authentication check");
                });
    }

    @Test
    void refusesAuthenticatedEnvelopedDataWithAnotherCipherAsUnsupported() throws Exception {
        byte[] envelope = authEnveloped(ZIP, CMSAlgorithm.AES128_CCM, false);

        assertThatThrownBy(() -> decrypt(new EnvelopeDecryptor(us.privateKey()), envelope))
                .isInstanceOfSatisfying(ForsendelseDecryptionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_ENVELOPE);
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e).hasMessageContaining("unsupported envelope")
                            .hasMessageContaining(CMSAlgorithm.AES128_CCM.getId());
                });
    }

    @Test
    void receivesAnAuthenticatedEnvelopeMadeByOpensslWithAes256Gcm(@TempDir Path target) throws Exception {
        Assumptions.assumeTrue(opensslSupportsGcm(), "openssl with cms -aes-256-gcm is not on the PATH");
        Path certificate = work.resolve("cert.pem");
        try (Writer out = Files.newBufferedWriter(certificate); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(us.certificate());
        }
        Path zip = Files.write(work.resolve("forsendelse.zip"), ZIP);
        Path envelope = work.resolve("forsendelse.der");
        run("openssl", "cms", "-encrypt", "-binary", "-aes-256-gcm", "-in", zip.toString(), "-out",
                envelope.toString(), "-outform", "DER", "-recip", certificate.toString());

        ReceivedForsendelse received;
        try (InputStream in = Files.newInputStream(envelope)) {
            received = new ForsendelseExtractor(target).extract(ID,
                    new EnvelopeDecryptor(List.of(withCertificate(us))).decrypt(ID, in), Zips.metadata(FILES));
        }

        assertThat(received.files()).hasSize(FILES.size())
                .allSatisfy(file -> assertThat(file.path()).hasBinaryContent(FILES.get(file.filnavn())));
    }

    /** An envelope whose first recipient names the stranger's certificate but wraps a wrong content key for us. */
    private static byte[] withDecoyRecipientFirst(byte[] content, TestRecipient recipient, TestRecipient decoyFor)
            throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient.certificate()));
        ContentInfo real = generator.generate(new CMSProcessableByteArray(content),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build()).toASN1Structure();
        EnvelopedData enveloped = EnvelopedData.getInstance(real.getContent());
        byte[] wrongContentKey = new byte[32];
        new SecureRandom().nextBytes(wrongContentKey);
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, recipient.certificate().getPublicKey());
        X509CertificateHolder decoy = new X509CertificateHolder(decoyFor.certificate().getEncoded());
        KeyTransRecipientInfo decoyRecipient = new KeyTransRecipientInfo(
                new RecipientIdentifier(new IssuerAndSerialNumber(decoy.getIssuer(), decoy.getSerialNumber())),
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new DEROctetString(rsa.doFinal(wrongContentKey)));
        ASN1EncodableVector recipients = new ASN1EncodableVector();
        recipients.add(new RecipientInfo(decoyRecipient));
        for (ASN1Encodable each : enveloped.getRecipientInfos()) {
            recipients.add(each);
        }
        EnvelopedData forged = new EnvelopedData(enveloped.getOriginatorInfo(), new DLSet(recipients),
                enveloped.getEncryptedContentInfo(), enveloped.getUnprotectedAttrs());
        return new ContentInfo(CMSObjectIdentifiers.envelopedData, forged).getEncoded(ASN1Encoding.DL);
    }

    /** Authenticated enveloped data for us, streamed (indefinite length) as BouncyCastle's generator writes it. */
    private static byte[] authEnveloped(byte[] content, ASN1ObjectIdentifier cipher,
            boolean withAuthenticatedAttributes) throws Exception {
        CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(us.certificate()));
        if (withAuthenticatedAttributes) {
            generator.setAuthenticatedAttributeGenerator(new SimpleAttributeTableGenerator(new AttributeTable(
                    new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)))));
        }
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(cipher)
                .setProvider(new BouncyCastleProvider()).build();
        try (OutputStream plaintext = generator.open(envelope, encryptor)) {
            plaintext.write(content);
        }
        return envelope.toByteArray();
    }

    private static boolean opensslSupportsGcm() {
        try {
            Process process = new ProcessBuilder("openssl", "list", "-cipher-algorithms").redirectErrorStream(true)
                    .start();
            String ciphers = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String lowercase = ciphers.toLowerCase(Locale.ROOT);
            return process.waitFor() == 0 && (lowercase.contains("aes256-gcm") || lowercase.contains("aes-256-gcm"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl said: %s", output).isZero();
    }
}
