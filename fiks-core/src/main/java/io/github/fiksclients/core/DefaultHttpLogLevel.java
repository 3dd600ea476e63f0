package io.github.fiksclients.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link HttpLogLevel} of a {@link FiksClient} whose builder sets none: the system property
 * {@value #PROPERTY}, else the environment variable {@value #VARIABLE}, else {@link HttpLogLevel#NONE}. So logging
 * can be turned up without changing code, as with the Azure SDK's {@code AZURE_HTTP_LOG_DETAIL_LEVEL}.
 *
 * <p>A value that names no level never breaks a client: it counts as {@link HttpLogLevel#NONE}, and a warning that
 * names the setting and the accepted values is logged once per setting and value.
 */
final class DefaultHttpLogLevel {

    /** The system property that sets the default level. */
    static final String PROPERTY = "fiks.http.logLevel";

    /** The environment variable that sets the default level, if the system property is not set. */
    static final String VARIABLE = "FIKS_HTTP_LOG_LEVEL";

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);
    private static final int MAX_SHOWN = 40;
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private DefaultHttpLogLevel() {
    }

    /**
     * Reads the default level of this JVM.
     *
     * @return the level; {@link HttpLogLevel#NONE} if the setting names none
     */
    static HttpLogLevel get() {
        return choose(System.getProperty(PROPERTY), System.getenv(VARIABLE));
    }

    /**
     * Chooses the level from the two settings.
     *
     * @param property the system property's value; may be null
     * @param variable the environment variable's value; may be null
     * @return the level the property names, else the one the variable names, else {@link HttpLogLevel#NONE};
     *     also {@link HttpLogLevel#NONE}, with a warning, if the setting used names no level
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
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (HttpLogLevel level : HttpLogLevel.values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        if (WARNED.add(setting + "=" + value)) {
            LOG.warn("{} is '{}', which is not one of {}: HTTP exchanges are not logged (NONE)", setting,
                    shown(value), Arrays.toString(HttpLogLevel.values()));
        }
        return HttpLogLevel.NONE;
    }

    /** The value as it may be shown in a log: printable characters only, and not too many. */
    private static String shown(String value) {
        String printable = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= MAX_SHOWN ? printable : printable.substring(0, MAX_SHOWN) + "...";
    }
}
