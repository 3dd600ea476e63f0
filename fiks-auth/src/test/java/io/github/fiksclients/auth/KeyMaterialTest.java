package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class KeyMaterialTest {

    private static final String KEYSTORE_PASSWORD = "keystore-passord-77";

    @TempDir
    static Path files;

    private static final TestKeys KEYS = TestKeys.generate("KeyMaterialTest");
    private static Path keystore;

    @RegisterExtension
    final FakeMaskinporten maskinporten = FakeMaskinporten.started();

    @BeforeAll
    static void writeKeystore() throws Exception {
        keystore = KEYS.writePkcs12(files, KEYSTORE_PASSWORD);
    }

    @Test
    void pkcs12KeystoreSignsTheGrant() throws Exception {
        MaskinportenTokenProvider tokens = customEndpoint()
                .pkcs12(keystore, Secret.of(KEYSTORE_PASSWORD), TestKeys.ALIAS)
                .build();

        assertThat(tokens.accessToken()).isEqualTo(maskinporten.issued.get(0));
        assertThat(x5cOfGrant()).isEqualTo(Base64.getEncoder().encodeToString(KEYS.certificate.getEncoded()));
    }

    @Test
    void pkcs8PemKeySignsTheGrant() throws Exception {
        MaskinportenTokenProvider tokens = customEndpoint()
                .pem(KEYS.writePkcs8Pem(files), KEYS.writeCertificatePem(files))
                .build();

        assertThat(tokens.accessToken()).isEqualTo(maskinporten.issued.get(0));
        assertThat(x5cOfGrant()).isEqualTo(Base64.getEncoder().encodeToString(KEYS.certificate.getEncoded()));
    }

    @Test
    void pkcs1PemKeySignsTheGrant() throws Exception {
        Path pkcs1 = KEYS.writePkcs1Pem(files);
        MaskinportenTokenProvider tokens = customEndpoint().pem(pkcs1, KEYS.writeCertificatePem(files)).build();

        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(tokens.accessToken()).isEqualTo(maskinporten.issued.get(0));
    }

    @Test
    void wrongKeystorePasswordFailsAtBuildWithoutShowingIt() {
        MaskinportenTokenProvider.Builder builder =
                customEndpoint().pkcs12(keystore, Secret.of("not-the-password"), TestKeys.ALIAS);

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("The password of the keystore " + keystore + " is wrong")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void missingKeystoreFailsAtBuild() {
        Path missing = files.resolve("missing.p12");
        MaskinportenTokenProvider.Builder builder =
                customEndpoint().pkcs12(missing, Secret.of(KEYSTORE_PASSWORD), TestKeys.ALIAS);

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("The keystore " + missing + " does not exist");
    }

    @Test
    void unknownAliasFailsAtBuildNamingTheAliasesThere() {
        MaskinportenTokenProvider.Builder builder =
                customEndpoint().pkcs12(keystore, Secret.of(KEYSTORE_PASSWORD), "feil-alias");

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("The keystore " + keystore + " has no key entry with alias 'feil-alias'; its aliases are ["
                        + TestKeys.ALIAS + "]");
    }

    @Test
    void pemWithoutAKeyFailsAtBuild() throws Exception {
        Path certificate = KEYS.writeCertificatePem(files);
        MaskinportenTokenProvider.Builder builder = customEndpoint().pem(certificate, certificate);

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessageStartingWith("No unencrypted PRIVATE KEY or RSA PRIVATE KEY in " + certificate);
    }

    @Test
    void garbledPemFailsAtBuild() throws Exception {
        Path garbled = Files.writeString(files.resolve("garbled.pem"),
                "-----BEGIN PRIVATE KEY-----\n!!!not base64!!!\n-----END PRIVATE KEY-----\n");
        MaskinportenTokenProvider.Builder builder = customEndpoint().pem(garbled, KEYS.writeCertificatePem(files));

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("Could not read the private key file " + garbled + " as PEM");
    }

    @Test
    void pemKeyAloneIsReadWithoutACertificate() throws Exception {
        KeyMaterial pkcs8 = KeyMaterial.fromPem(KEYS.writePkcs8Pem(files));
        KeyMaterial pkcs1 = KeyMaterial.fromPem(KEYS.writePkcs1Pem(files));

        assertThat(pkcs8.privateKey().getEncoded()).isEqualTo(KEYS.keyPair.getPrivate().getEncoded());
        assertThat(pkcs1.privateKey().getEncoded()).isEqualTo(KEYS.keyPair.getPrivate().getEncoded());
        assertThat(pkcs8.certificate()).isEmpty();
    }

    @Test
    void pkcs12GivesTheKeyWithItsCertificate() {
        KeyMaterial key = KeyMaterial.fromPkcs12(keystore, Secret.of(KEYSTORE_PASSWORD), TestKeys.ALIAS);

        assertThat(key.privateKey().getEncoded()).isEqualTo(KEYS.keyPair.getPrivate().getEncoded());
        assertThat(key.certificate()).contains(KEYS.certificate);
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRejected() throws Exception {
        TestKeys other = TestKeys.generate("Other");

        assertThatThrownBy(() -> KeyMaterial.of(other.keyPair.getPrivate(), KEYS.certificate))
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("The private key does not belong to the certificate "
                        + KEYS.certificate.getSubjectX500Principal().getName());
    }

    @Test
    void toStringNamesTheAlgorithmAndSubjectButNotTheKey() {
        KeyMaterial key = KeyMaterial.fromPkcs12(keystore, Secret.of(KEYSTORE_PASSWORD), TestKeys.ALIAS);
        RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key.privateKey();

        assertThat(key.toString())
                .isEqualTo("KeyMaterial{algorithm=RSA, certificate="
                        + KEYS.certificate.getSubjectX500Principal().getName() + "}")
                .doesNotContain(rsa.getPrivateExponent().toString(), rsa.getPrivateExponent().toString(16),
                        KEYSTORE_PASSWORD);
    }

    @Test
    void keyMaterialReadByTheCallerSignsTheGrant() throws Exception {
        MaskinportenTokenProvider tokens = customEndpoint()
                .keyMaterial(KeyMaterial.fromPem(KEYS.writePkcs8Pem(files), KEYS.writeCertificatePem(files)))
                .build();

        assertThat(tokens.accessToken()).isEqualTo(maskinporten.issued.get(0));
        assertThat(x5cOfGrant()).isEqualTo(Base64.getEncoder().encodeToString(KEYS.certificate.getEncoded()));
    }

    @Test
    void keyMaterialWithoutACertificateCannotSignGrants() throws Exception {
        MaskinportenTokenProvider.Builder builder =
                customEndpoint().keyMaterial(KeyMaterial.fromPem(KEYS.writePkcs8Pem(files)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(FiksAuthenticationException.class)
                .hasMessage("Maskinporten grants need the certificate of the key; KeyMaterial{algorithm=RSA} has none");
    }

    private MaskinportenTokenProvider.Builder customEndpoint() {
        return MaskinportenTokenProvider.builder()
                .tokenEndpoint(maskinporten.tokenEndpoint())
                .audience(maskinporten.audience())
                .issuer("test-client-id");
    }

    private String x5cOfGrant() throws InterruptedException {
        RecordedRequest grant = maskinporten.server.takeRequest();
        String assertion = HttpUrl.get("http://form/?" + grant.getBody().utf8()).queryParameter("assertion");
        String header = new String(Base64.getUrlDecoder().decode(assertion.split("\\.")[0]));
        return com.google.gson.JsonParser.parseString(header).getAsJsonObject().getAsJsonArray("x5c").get(0).getAsString();
    }
}
