package io.github.fiksclients.cli;

import io.github.fiksclients.auth.Secret;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables the {@code fiks} commands read their configuration from, held as a map so that tests
 * and embedding programs can pass their own instead of the process environment.
 *
 * <p>A variable that is set but blank counts as not set. Errors name the variable, never its value.
 */
final class Variables {

    static final String ENV = "FIKS_ENV";
    static final String SVARINN_URL = "FIKS_SVARINN_URL";
    static final String SVARINN_USER = "FIKS_SVARINN_USER";
    static final String SVARINN_PASSWORD = "FIKS_SVARINN_PASSWORD";
    static final String SVARINN_PRIVATE_KEY = "FIKS_SVARINN_PRIVATE_KEY";
    static final String INNSYN_URL = "FIKS_INNSYN_URL";
    static final String SVARUT_URL = "FIKS_SVARUT_URL";
    static final String SVARUT_KONTO = "FIKS_SVARUT_KONTO";
    static final String INTEGRASJON_ID = "FIKS_INTEGRASJON_ID";
    static final String INTEGRASJON_PASSORD = "FIKS_INTEGRASJON_PASSORD";
    static final String PERSON_TOKEN = "FIKS_PERSON_TOKEN";
    static final String MASKINPORTEN_ISSUER = "FIKS_MASKINPORTEN_ISSUER";
    static final String MASKINPORTEN_KEYSTORE = "FIKS_MASKINPORTEN_KEYSTORE";
    static final String MASKINPORTEN_KEYSTORE_PASSWORD = "FIKS_MASKINPORTEN_KEYSTORE_PASSWORD";
    static final String MASKINPORTEN_KEY_ALIAS = "FIKS_MASKINPORTEN_KEY_ALIAS";
    static final String MASKINPORTEN_KEY = "FIKS_MASKINPORTEN_KEY";
    static final String MASKINPORTEN_CERT = "FIKS_MASKINPORTEN_CERT";
    static final String MASKINPORTEN_TOKEN_URL = "FIKS_MASKINPORTEN_TOKEN_URL";
    static final String MASKINPORTEN_AUDIENCE = "FIKS_MASKINPORTEN_AUDIENCE";
    static final String HTTP_LOG_LEVEL = "FIKS_HTTP_LOG_LEVEL";

    private final Map<String, String> values;

    private Variables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Takes the variables from a map.
     *
     * @param values variable names and values; copied
     * @return the variables
     */
    static Variables of(Map<String, String> values) {
        return new Variables(Objects.requireNonNull(values, "values"));
    }

    /**
     * Takes the variables of this process.
     *
     * @return the process environment
     */
    static Variables system() {
        return of(System.getenv());
    }

    /** The value of a variable, if it is set and not blank. */
    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The value of a variable that must be set; {@code what} says what it is for. */
    String require(String name, String what) {
        return optional(name).orElseThrow(() -> new ConfigurationException(name + " is not set (" + what + ")"));
    }

    /** The value of a variable that holds a secret, such as a password. */
    Secret requireSecret(String name, String what) {
        return Secret.of(require(name, what));
    }

    /** The path of a readable file named by a variable that must be set. */
    Path requireFile(String name, String what) {
        return readableFile(name, require(name, what));
    }

    /** Checks that a variable's value names a readable regular file. */
    static Path readableFile(String name, String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigurationException(name + " is not a valid file path");
        }
        if (!Files.exists(path)) {
            throw new ConfigurationException(name + ": the file " + path + " does not exist");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigurationException(name + ": the file " + path + " cannot be read");
        }
        return path;
    }

    @Override
    public String toString() {
        return "Variables" + values.keySet();
    }
}
