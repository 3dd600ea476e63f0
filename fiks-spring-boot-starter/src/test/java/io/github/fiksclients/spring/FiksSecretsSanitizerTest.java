package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;

/** Which keys and values actuator shows of the Fiks settings. */
class FiksSecretsSanitizerTest {

    private final FiksSecretsSanitizer sanitizer = new FiksSecretsSanitizer();

    private Object shown(String key, String value) {
        return sanitizer.apply(new SanitizableData(null, key, value)).getValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fiks.integrasjon.password", "FIKS_INTEGRASJON_PASSWORD", "fiks.maskinporten.pkcs12.password",
        "fiks.svarinn.mottakersystem.password", "fiks.svarinn.private-key", "FIKS_SVARINN_PRIVATEKEY",
        "fiks.maskinporten.pem.private-key", "fiks.maskinporten.pem.privateKey", "fiks.svarinn.pkcs12.password"})
    void hidesFiksSecrets(String key) {
        assertThat(shown(key, "value-to-hide")).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fiks.integrasjon.id", "fiks.maskinporten.pem.certificate", "fiks.environment",
        "fiks.svarinn.mottakersystem.id", "fiks.maskinporten.pkcs12.path", "spring.datasource.password"})
    void showsWhatIsNotAFiksSecret(String key) {
        assertThat(shown(key, "value-to-show")).isEqualTo("value-to-show");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sun.java.command", "SPRING_APPLICATION_JSON", "spring.application.json"})
    void hidesValuesThatSetAFiksSecret(String key) {
        assertThat(shown(key, "app.jar --fiks.integrasjon.password=abc")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown(key, "{\"fiks\":{\"svarinn\":{\"private-key\":\"/k.pem\"}}}"))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown(key, "app.jar --server.port=8080")).isEqualTo("app.jar --server.port=8080");
    }
}
