package io.github.fiksclients.cli;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksHttpException;

/** The exit codes of the {@code fiks} command, for scripts. */
final class ExitCodes {

    /** Everything succeeded. */
    static final int OK = 0;

    /** Some items failed (a forsendelse not received, a batch not indexed), or the service failed. */
    static final int FAILED = 1;

    /** A usage or configuration error: a bad argument, a missing variable, an unreadable key, rejected credentials. */
    static final int USAGE = 2;

    private ExitCodes() {
    }

    /**
     * The exit code for a failure that ended a command: credentials the service or Maskinporten refused are a
     * configuration error; anything else is a failure of the run.
     */
    static int of(Throwable failure) {
        if (failure instanceof ConfigurationException || failure instanceof FiksAuthenticationException) {
            return USAGE;
        }
        if (failure instanceof FiksHttpException http && (http.status() == 401 || http.status() == 403)) {
            return USAGE;
        }
        return FAILED;
    }
}
