package io.github.fiksclients.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * The {@link HttpLogLevel} of a {@link FiksClient} whose builder sets none: the system property
 * {@value #PROPERTY}, else the environment variable {@value #VARIABLE}, else {@link HttpLogLevel#NONE}. So logging
 * can be turned up without changing code, as with the Azure SDK's {@code AZURE_HTTP_LOG_DETAIL_LEVEL}.
 */
final class DefaultHttpLogLevel {

    /** The system property that sets the default level. */
    static final String PROPERTY = "fiks.http.logLevel";

    /** The environment variable that sets the default level, if the system property is not set. */
    static final String VARIABLE = "FIKS_HTTP_LOG_LEVEL";

    private DefaultHttpLogLevel() {
    }

    /**
     * Reads the default level of this JVM.
     *
     * @return the level
     * @throws IllegalStateException if the setting names no level
     */
    static HttpLogLevel get() {
        return choose(System.getProperty(PROPERTY), System.getenv(VARIABLE));
    }

    /**
     * Chooses the level from the two settings.
     *
     * @param property the system property's value; may be null
     * @param variable the environment variable's value; may be null
     * @return the level the property names, else the one the variable names, else {@link HttpLogLevel#NONE}
     * @throws IllegalStateException if the setting used names no level
     */
    static HttpLogLevel choose(String property, String variable) {
        if (property != null && !property.isBlank()) {
            return parse(PROPERTY, property);
        }
        if (variable != null && !variable.isBlank()) {
            return parse(VARIABLE, variable);
        }
        return HttpLogLevel.NONE;
    }

    private static HttpLogLevel parse(String setting, String value) {
        try {
            return HttpLogLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be one of " + Arrays.toString(HttpLogLevel.values())
                    + ", was '" + value + "'", e);
        }
    }
}
