package io.github.fiksclients.cli;

/** Words a failure for the terminal: its message on one line, and with verbose its causes too. */
final class Problems {

    private Problems() {
    }

    /**
     * Describes a failure.
     *
     * @param failure what went wrong; its messages hold no secrets (the clients' exceptions never do)
     * @param verbose whether to add a line for each cause
     * @return one line, or with verbose one line per cause more
     */
    static String describe(Throwable failure, boolean verbose) {
        StringBuilder text = new StringBuilder(message(failure));
        if (verbose) {
            for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                    cause = cause.getCause()) {
                text.append(System.lineSeparator()).append("    caused by ").append(cause.getClass().getName())
                        .append(": ").append(message(cause));
            }
        }
        return text.toString();
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage();
        String line = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        return line.replaceAll("\\s*\\R\\s*", " ");
    }
}
