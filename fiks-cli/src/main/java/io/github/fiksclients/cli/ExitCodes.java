package io.github.fiksclients.cli;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksHttpException;

/** The exit codes of the {@code fiks} command, for scripts. */
final class ExitCodes {

    /** Everything succeeded. */
    static final int OK = 0;

    /** Some items failed (a forsendelse not received, a batch not indexed), or the service or Maskinporten failed. */
    static final int FAILED = 1;

    /** A usage or configuration error: a bad argument, a missing variable, an unreadable key, refused credentials. */
    static final int USAGE = 2;

    private ExitCodes() {
    }

    /**
     * The exit code for a failure that ended a command: credentials the service or Maskinporten refused are a
     * configuration error; anything else is a failure of the run, including a token endpoint that is down or
     * overloaded (a {@linkplain FiksAuthenticationException#isRetryable() retryable} authentication failure), which a
     * later run may get past.
     */
    static int of(Throwable failure) {
        if (failure instanceof ConfigurationException) {
            return USAGE;
        }
        if (failure instanceof FiksAuthenticationException authentication) {
            return authentication.isRetryable() ? FAILED : USAGE;
        }
        if (failure instanceof FiksHttpException http && (http.status() == 401 || http.status() == 403)) {
            return USAGE;
        }
        return FAILED;
    }
}
