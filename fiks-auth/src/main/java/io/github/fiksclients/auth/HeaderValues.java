package io.github.fiksclients.auth;

/** Checks values before they go into HTTP headers, so a bad one fails with a message that does not show it. */
final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * Tells whether a value can be sent as a header value: printable ASCII (and tabs) only.
     *
     * @param value the value
     * @return {@code true} if OkHttp will send it as it is
     */
    static boolean isSendable(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7e));
    }

    /**
     * Rejects a value that cannot be sent, naming only the header.
     *
     * @param header the header the value is for
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if the value is blank or has characters a header cannot carry
     */
    static String requireSendable(String header, String value) {
        if (value.isBlank() || !isSendable(value)) {
            throw new IllegalArgumentException(
                    "The " + header + " value is blank or has characters an HTTP header cannot carry (only printable ASCII)");
        }
        return value;
    }
}
