package io.github.fiksclients.cli;

import io.github.fiksclients.core.HttpLogLevel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses how much of each HTTP exchange a command logs: {@value Variables#HTTP_LOG_LEVEL} if it is set, else
 * {@link HttpLogLevel#HEADERS} with {@code --verbose}, else nothing. Unlike the library, which warns and logs nothing,
 * the tool refuses a value that names no level, so a typo in a cron job's environment is seen at once.
 */
final class HttpLogLevels {

    private HttpLogLevels() {
    }

    /**
     * The level for a command.
     *
     * @param variables the variables, which may set {@value Variables#HTTP_LOG_LEVEL}
     * @param verbose whether the command was given {@code --verbose}
     * @return the level
     * @throws ConfigurationException naming the variable and the accepted values, if it names no level
     */
    static HttpLogLevel of(Variables variables, boolean verbose) {
        return named(variables).orElse(verbose ? HttpLogLevel.HEADERS : HttpLogLevel.NONE);
    }

    /**
     * The level {@value Variables#HTTP_LOG_LEVEL} names, if it is set.
     *
     * @throws ConfigurationException naming the variable and the accepted values, if it names no level
     */
    static Optional<HttpLogLevel> named(Variables variables) {
        Optional<String> value = variables.optional(Variables.HTTP_LOG_LEVEL);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = value.get().toUpperCase(Locale.ROOT);
        return Optional.of(Arrays.stream(HttpLogLevel.values())
                .filter(level -> level.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException(Variables.HTTP_LOG_LEVEL + " must be one of "
                        + Arrays.toString(HttpLogLevel.values()))));
    }
}
