package io.github.fiksclients.auth;

import java.util.List;

/** The names of the HTTP headers Fiks authentication uses, and of those whose values must never be logged. */
public final class FiksHeaders {

    /** The header carrying the integration's id. */
    public static final String INTEGRASJON_ID = "IntegrasjonId";

    /** The header carrying the integration's password. */
    public static final String INTEGRASJON_PASSORD = "IntegrasjonPassord";

    /** The standard header carrying a bearer token or Basic credentials. */
    public static final String AUTHORIZATION = "Authorization";

    private static final List<String> SENSITIVE =
            List.of(AUTHORIZATION, INTEGRASJON_PASSORD, "Proxy-Authorization", "Cookie", "Set-Cookie");

    private FiksHeaders() {
    }

    /**
     * The headers whose values are secret: {@code Authorization}, {@code IntegrasjonPassord},
     * {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie}.
     *
     * @return the header names, to redact in logs
     */
    public static List<String> sensitive() {
        return SENSITIVE;
    }
}
