package io.github.fiksclients.spring;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides the Fiks passwords and key files from actuator's {@code /env} and {@code /configprops}, also when they show
 * values ({@code show-values: always}): every {@code fiks.*} key that ends with a password or a private key, in any
 * spelling ({@code fiks.integrasjon.password}, {@code FIKS_INTEGRASJON_PASSWORD}, {@code fiks.svarinn.private-key}),
 * and the values that can carry one inside them: the command line and {@code SPRING_APPLICATION_JSON}.
 */
final class FiksSecretsSanitizer implements SanitizingFunction {

    /** The end of a key that holds a secret, compared in lower case without separators. */
    private static final Pattern SECRET_KEY = Pattern.compile("fiks.*(password|passord|privatekey|secret)");

    /** Keys whose whole value may set Fiks properties, and so carry a secret. */
    private static final Set<String> CARRIERS = Set.of("sun.java.command", "spring.application.json",
            "spring_application_json");

    /** A value that sets a Fiks secret somewhere inside it. */
    private static final Pattern CARRIED_SECRET = Pattern.compile(
            "(?is).*fiks.*(password|passord|private[._-]?key|secret).*");

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getKey();
        if (key == null) {
            return data;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (CARRIERS.contains(lower)) {
            Object value = data.getValue();
            return value != null && CARRIED_SECRET.matcher(value.toString()).matches() ? data.withSanitizedValue()
                    : data;
        }
        String flat = lower.replace("-", "").replace("_", "").replace(".", "");
        return SECRET_KEY.matcher(flat).matches() && (lower.startsWith("fiks.") || lower.startsWith("fiks_"))
                ? data.withSanitizedValue() : data;
    }
}
