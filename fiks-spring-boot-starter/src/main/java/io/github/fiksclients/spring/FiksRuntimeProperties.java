package io.github.fiksclients.spring;

import io.github.fiksclients.core.HttpLogLevel;
import io.github.fiksclients.spring.FiksProperties.Retry;
import java.time.Duration;

/**
 * The runtime options of a Fiks client, as properties: timeouts, logging, the user agent and retries. They stand
 * twice, shared under {@code fiks.*} ({@link FiksProperties}) and per service under {@code fiks.<service>.*}
 * ({@link FiksProperties.Service}), where a value set wins over the shared one.
 */
public class FiksRuntimeProperties {

    /** How long connecting may take (default 10s). */
    private Duration connectTimeout;

    /** How long one read from the socket may wait, also while a download streams (default 60s; SvarUt's 300s). */
    private Duration readTimeout;

    /** How long one write to the socket may wait (default 60s). */
    private Duration writeTimeout;

    /** How long a whole call may take, retries and the body included (default none; SvarUt's 20m). */
    private Duration callTimeout;

    /** How much of each exchange is logged to io.github.fiksclients.http, credentials always redacted. */
    private HttpLogLevel logLevel;

    /** A product token added to the User-Agent after fiks-clients/<version>, such as my-archive/2.1. */
    private String userAgentSuffix;

    /** When requests are retried. */
    private final Retry retry = new Retry();

    /**
     * The connect timeout.
     *
     * @return the timeout, or null for the default
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the timeout, or null for the default
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the read timeout.
     *
     * @param readTimeout the timeout
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * The write timeout.
     *
     * @return the timeout, or null for the default
     */
    public Duration getWriteTimeout() {
        return writeTimeout;
    }

    /**
     * Sets the write timeout.
     *
     * @param writeTimeout the timeout
     */
    public void setWriteTimeout(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    /**
     * The call timeout.
     *
     * @return the timeout, or null for the default
     */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the call timeout.
     *
     * @param callTimeout the timeout
     */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * The log level.
     *
     * @return the level, or null for the library's default
     */
    public HttpLogLevel getLogLevel() {
        return logLevel;
    }

    /**
     * Sets the log level.
     *
     * @param logLevel the level
     */
    public void setLogLevel(HttpLogLevel logLevel) {
        this.logLevel = logLevel;
    }

    /**
     * The user agent suffix.
     *
     * @return the suffix, or null for none
     */
    public String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    /**
     * Sets the user agent suffix.
     *
     * @param userAgentSuffix the suffix
     */
    public void setUserAgentSuffix(String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    /**
     * The retry settings.
     *
     * @return the settings
     */
    public Retry getRetry() {
        return retry;
    }
}
