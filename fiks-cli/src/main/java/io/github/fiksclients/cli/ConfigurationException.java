package io.github.fiksclients.cli;

/**
 * A setting that is missing or cannot be used: a variable not set, a key file that cannot be read, a bad URL. The
 * message is one line that names the setting and never holds a secret; the command exits with
 * {@link ExitCodes#USAGE}.
 */
final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
        super(message);
    }

    ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
