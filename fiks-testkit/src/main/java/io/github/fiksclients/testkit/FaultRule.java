package io.github.fiksclients.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fault the simulator applies to the next matching requests, for testing how a client copes with errors,
 * slowness and broken connections.
 *
 * <p>A rule matches by HTTP method and by the request's full path on the simulator (for example
 * {@code /tjenester/svarinn/v2/forsendelser} or {@code /innsyn-index/api/v2/indexRequest}; the query is not part of
 * it), either by prefix or by regular expression. It applies to the next {@link Builder#times(int) N} matching
 * requests, then is used up. What it does:
 * <ul>
 *   <li>{@link Builder#respondWithStatus(int)}: answer with that status and a Fiks error body whose
 *       {@code errorCode} is {@link SimulatorErrorCodes#SIMULATED_FAULT}, optionally with {@code Retry-After};</li>
 *   <li>{@link Builder#dropConnection()}: close the connection without any response;</li>
 *   <li>{@link Builder#delay(Duration)}: wait first; alone, the request is then answered normally.</li>
 * </ul>
 *
 * <pre>{@code
 * simulator.faults().next(FaultRule.on("GET", "/tjenester/svarinn/")
 *         .respondWithStatus(503)
 *         .retryAfter(Duration.ofSeconds(1))
 *         .build());
 * }</pre>
 */
public final class FaultRule {

    private static final String ANY_METHOD = "*";

    private final String method;
    private final String pathPrefix;
    private final Pattern pathPattern;
    private final int times;
    private final Integer status;
    private final Duration retryAfter;
    private final Duration delay;
    private final boolean dropConnection;

    private FaultRule(Builder builder) {
        this.method = builder.method;
        this.pathPrefix = builder.pathPrefix;
        this.pathPattern = builder.pathPattern;
        this.times = builder.times;
        this.status = builder.status;
        this.retryAfter = builder.retryAfter;
        this.delay = builder.delay;
        this.dropConnection = builder.dropConnection;
    }

    /**
     * Starts a rule for requests whose path starts with a prefix.
     *
     * @param method an HTTP method such as {@code "GET"}, or {@code "*"} for any method
     * @param pathPrefix the start of the full request path, beginning with {@code /}
     * @return a builder for the rule
     */
    public static Builder on(String method, String pathPrefix) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with '/': " + pathPrefix);
        }
        return new Builder(method, pathPrefix, null);
    }

    /**
     * Starts a rule for requests whose whole path matches a regular expression.
     *
     * @param method an HTTP method such as {@code "GET"}, or {@code "*"} for any method
     * @param path a pattern the full request path must match entirely
     * @return a builder for the rule
     */
    public static Builder matching(String method, Pattern path) {
        return new Builder(method, null, Objects.requireNonNull(path, "path"));
    }

    boolean matches(String requestMethod, String requestPath) {
        if (!ANY_METHOD.equals(method) && !method.equals(requestMethod)) {
            return false;
        }
        return pathPrefix != null ? requestPath.startsWith(pathPrefix) : pathPattern.matcher(requestPath).matches();
    }

    int times() {
        return times;
    }

    Integer status() {
        return status;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    Duration delay() {
        return delay;
    }

    boolean dropConnection() {
        return dropConnection;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("FaultRule{").append(method).append(' ')
                .append(pathPrefix != null ? pathPrefix + "*" : "~" + pathPattern.pattern())
                .append(", times=").append(times);
        if (delay != null) {
            text.append(", delay=").append(delay);
        }
        if (status != null) {
            text.append(", status=").append(status);
        }
        if (retryAfter != null) {
            text.append(", retryAfter=").append(retryAfter.toSeconds()).append('s');
        }
        if (dropConnection) {
            text.append(", dropConnection");
        }
        return text.append('}').toString();
    }

    /** Collects what a {@link FaultRule} does; {@link #build()} checks that it does something. */
    public static final class Builder {
        private final String method;
        private final String pathPrefix;
        private final Pattern pathPattern;
        private int times = 1;
        private Integer status;
        private Duration retryAfter;
        private Duration delay;
        private boolean dropConnection;

        private Builder(String method, String pathPrefix, Pattern pathPattern) {
            Objects.requireNonNull(method, "method");
            if (method.isBlank()) {
                throw new IllegalArgumentException("method must be an HTTP method or \"*\"");
            }
            this.method = method.trim().toUpperCase(Locale.ROOT);
            this.pathPrefix = pathPrefix;
            this.pathPattern = pathPattern;
        }

        /**
         * Sets how many matching requests the rule applies to; the default is 1.
         *
         * @param times at least 1
         * @return this builder
         */
        public Builder times(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1: " + times);
            }
            this.times = times;
            return this;
        }

        /**
         * Answers with this status and a Fiks error body instead of the real response.
         *
         * @param status an HTTP status from 400 to 599
         * @return this builder
         */
        public Builder respondWithStatus(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("status must be an error status (400-599): " + status);
            }
            this.status = status;
            return this;
        }

        /**
         * Adds a {@code Retry-After} header, in whole seconds, to the error response.
         *
         * @param retryAfter zero or more; needs {@link #respondWithStatus(int)}
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Waits this long before answering (or before the error or the dropped connection, if also set).
         *
         * @param delay a positive duration
         * @return this builder
         */
        public Builder delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("delay must be positive: " + delay);
            }
            this.delay = delay;
            return this;
        }

        /**
         * Closes the connection without sending any response.
         *
         * @return this builder
         */
        public Builder dropConnection() {
            this.dropConnection = true;
            return this;
        }

        /**
         * Creates the rule.
         *
         * @return the immutable rule
         * @throws IllegalStateException if the rule would do nothing, or both answers and drops the connection
         */
        public FaultRule build() {
            if (status == null && !dropConnection && delay == null) {
                throw new IllegalStateException("A fault rule needs respondWithStatus, dropConnection or delay");
            }
            if (status != null && dropConnection) {
                throw new IllegalStateException(
                        "A fault rule cannot both respond with a status and drop the connection");
            }
            if (retryAfter != null && status == null) {
                throw new IllegalStateException("retryAfter needs respondWithStatus");
            }
            return new FaultRule(this);
        }
    }
}
