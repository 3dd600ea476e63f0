package io.github.fiksclients.cli;

import io.github.fiksclients.core.FiksClient;
import java.util.List;

/**
 * Sets up slf4j-simple for the tool: warnings only, or with verbose the suite's own loggers at DEBUG (the HTTP
 * log, retries, the simulator); {@value Variables#HTTP_LOG_LEVEL} set to a level other than NONE shows the HTTP log
 * too. Third-party loggers stay at WARN, so the DEBUG wire log of Apache HttpClient, which would show the
 * Maskinporten grant and token, is never printed.
 *
 * <p>slf4j-simple reads these settings when its first logger is made, so this runs before anything logs. Settings
 * given with {@code -D} on the java command line win.
 */
final class FiksLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private FiksLogging() {
    }

    /**
     * Configures the log for a command line: verbose if it holds {@code -v} or {@code --verbose}; the HTTP log shown
     * if the variables ask for it.
     */
    static void configure(String[] args, Variables variables) {
        setDefault("defaultLogLevel", "warn");
        setDefault("showThreadName", "false");
        setDefault("logFile", "System.err");
        if (isVerbose(List.of(args))) {
            setDefault("log.io.github.fiksclients", "debug");
        }
        if (variables.optional(Variables.HTTP_LOG_LEVEL).filter(level -> !level.equalsIgnoreCase("NONE")).isPresent()) {
            setDefault("log." + FiksClient.LOGGER_NAME, "info");
        }
    }

    private static boolean isVerbose(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("-v") || arg.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
