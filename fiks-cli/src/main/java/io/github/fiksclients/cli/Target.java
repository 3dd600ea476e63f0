package io.github.fiksclients.cli;

import io.github.fiksclients.core.FiksEnvironment;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a command sends its requests: a base URL if one was given, otherwise the Fiks environment.
 *
 * @param url the base URL, or {@code null} to use the environment's
 * @param source the flag or variable the URL came from, for error messages (the URL itself is not repeated: it
 *     could hold credentials)
 * @param environment the Fiks environment; with a URL it still chooses Maskinporten's default endpoint
 */
record Target(String url, String source, FiksEnvironment environment) {

    Target {
        Objects.requireNonNull(environment, "environment");
    }

    /** The base URL, if one was given. */
    Optional<String> baseUrl() {
        return Optional.ofNullable(url);
    }

    /** Turns a refused base URL into a configuration error that names where the URL came from. */
    ConfigurationException refused(IllegalArgumentException e) {
        return new ConfigurationException(source + ": " + e.getMessage(), e);
    }

    /** Describes the target for people: the URL, or the environment's name. */
    String describe() {
        return url != null ? url : "the " + environment.name().toLowerCase(Locale.ROOT) + " environment";
    }
}
