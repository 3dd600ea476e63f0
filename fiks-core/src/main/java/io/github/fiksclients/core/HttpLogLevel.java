package io.github.fiksclients.core;

/**
 * How much of each HTTP exchange a {@link FiksClient} logs, through SLF4J at INFO on the logger
 * {@code io.github.fiksclients.http}.
 *
 * <p>Secret headers ({@code Authorization}, {@code IntegrasjonPassord}, {@code Proxy-Authorization},
 * {@code Cookie}, {@code Set-Cookie}) are always redacted.
 */
public enum HttpLogLevel {

    /** Logs nothing. */
    NONE,

    /** Logs request and response lines: method, URL, status, duration, body size. */
    BASIC,

    /** Logs request and response lines and headers. */
    HEADERS,

    /**
     * Logs lines, headers and the start (at most 8 KiB) of JSON and text bodies; other bodies (zip, PDF,
     * encrypted data) are never logged, and a streamed download is not buffered by logging.
     *
     * <p><strong>Bodies carry personal data</strong>: national identity numbers, names, addresses and case titles
     * of citizens (Innsyn meldinger and searches, forsendelse metadata). At this level they go into your logs. Use it
     * to debug, with logs only you can read, and never in production.
     */
    BODY
}
