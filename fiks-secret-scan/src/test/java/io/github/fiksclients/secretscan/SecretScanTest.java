package io.github.fiksclients.secretscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScanTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6ImtzOmZpa3MifQ.c2lnbmF0dXJl";
    private static final SecretScan SCAN = SecretScan.standard();

    @Test
    void findsAJwtAndShowsItOnlyMasked() {
        List<Finding> found = SCAN.scan("log", 10, "first line\nAuthorization: ██ then token=" + JWT + " sent\n");

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("JWT");
            assertThat(finding.where()).isEqualTo("log line 11");
            assertThat(finding.excerpt()).isEqualTo("Authorization: ██ then token=«JWT, " + JWT.length() + " chars» sent");
        });
    }

    @Test
    void findsSecretHeadersThatAreNotRedacted() {
        List<Finding> found = SCAN.scan("stderr", 1,
                "IntegrasjonPassord: ██\nINFO http - IntegrasjonPassord: hunter2-x\nProxy-Authorization: Basic eDp5MTIz\n");

        assertThat(found).extracting(Finding::rule, Finding::where).containsExactly(
                tuple("secret header not redacted", "stderr line 2"),
                tuple("secret header not redacted", "stderr line 3"));
        assertThat(found).allSatisfy(finding -> assertThat(finding.toString()).doesNotContain("hunter2-x", "eDp5MTIz"));
    }

    @Test
    void findsPrivateKeysInPemAndInBase64Der() {
        String pem = "-----BEGIN PRIVATE KEY-----";
        String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----";
        String pkcs8Der = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ";
        String pkcs1Der = "MIIEowIBAAKCAQEAv3";
        String ecDer = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg";

        assertThat(SCAN.scan("out", 1, pem + "\n" + pkcs1 + "\n" + pkcs8Der + "\n" + pkcs1Der + "\n" + ecDer + "\n"))
                .extracting(Finding::rule).containsExactly("PEM private key", "PEM private key",
                        "PKCS#8 RSA private key (Base64 DER)", "PKCS#1 RSA private key (Base64 DER)",
                        "PKCS#8 EC private key (Base64 DER)");
    }

    @Test
    void findsListedTestSecretsAlsoInBase64AndAsBasicCredentials() {
        String basic = base64("mottakersystem-7:passord-Qx3-hemmelig");

        List<Finding> found = SCAN.scan("log", 1, "a test-access-token\nAuthorization: ██ " + basic
                + "\n" + base64("bench-passord") + "\n");

        assertThat(found).extracting(Finding::where).containsExactlyInAnyOrder("log line 1", "log line 2", "log line 3");
        assertThat(found).extracting(Finding::rule).anySatisfy(rule -> assertThat(rule).startsWith("test Basic credential"));
    }

    @Test
    void leavesOrdinaryOutputAlone() {
        String harmless = "INFO io.github.fiksclients.http - --> GET http://127.0.0.1/api\nAuthorization: ██\n"
                + "IntegrasjonId: 6b1f3c2e\nfiks: FIKS_INTEGRASJON_PASSORD is not set\n401 Unauthorized: Ugyldig passord\n"
                + "The request has no Authorization: Bearer header\n";

        assertThat(SCAN.scan("log", 1, harmless)).isEmpty();
    }

    @Test
    void maskReplacesEverySecretOnALine() {
        assertThat(SecretScan.of(List.of("abc-secret-1")).mask("x abc-secret-1 y abc-secret-1"))
                .isEqualTo("x «secret #1, 12 chars» y «secret #1, 12 chars»");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
