package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.secretscan.Finding;
import io.github.fiksclients.secretscan.SecretScan;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Every value wrapped in a {@link Secret} is looked for by the project's secret scan, listed or not. */
class SecretScanLearnsSecretsTest {

    @Test
    void aValueWrappedAsASecretIsLookedForAlsoInBase64() {
        String value = "ulistet-passord-Wb63";
        String base64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        assertThat(SecretScan.current().scan("out", 1, "x " + value + " " + base64)).isEmpty();

        Secret.of(value);

        assertThat(SecretScan.current().scan("out", 1, "x " + value + " " + base64))
                .extracting(Finding::rule).containsExactly("secret a test used", "secret a test used in Base64");
    }

    @Test
    void theCredentialOfABasicAuthenticationIsLookedFor() {
        FiksAuthentication.basic("ulistet-mottaker", Secret.of("ulistet-pw-Jt20"));
        String credential = Base64.getEncoder()
                .encodeToString("ulistet-mottaker:ulistet-pw-Jt20".getBytes(StandardCharsets.UTF_8));

        assertThat(SecretScan.current().scan("log", 1, "Authorization: ██ then " + credential)).isNotEmpty();
    }

    @Test
    void shortValuesAreNotLookedFor() {
        Secret.of("kort1");

        assertThat(SecretScan.current().scan("out", 1, "ikke kort1 her")).isEmpty();
    }
}
