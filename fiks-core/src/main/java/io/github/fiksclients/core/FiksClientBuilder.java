package io.github.fiksclients.core;

import io.github.fiksclients.auth.FiksAuthentication;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The runtime options every Fiks client shares, declared once: where to talk to (an {@link FiksEnvironment} or a
 * base URL), timeouts, the retry policy, logging, the user agent, observations and an own {@link OkHttpClient}.
 *
 * <p>{@link FiksClient.Builder} and each service facade's builder (such as {@code SvarInnClient.Builder}) extend it
 * and add only their own settings, so an option learnt once works for every client, and a new option reaches all
 * of them at once. Setters return the concrete builder, so calls chain in any order. Nothing is checked until
 * {@link #build()}.
 *
 * @param <B> the concrete builder
 * @param <C> what it builds
 */
public abstract class FiksClientBuilder<B extends FiksClientBuilder<B, C>, C> {

    private FiksEnvironment environment;
    private HttpUrl baseUrl;
    private final RuntimeSettings settings = new RuntimeSettings();

    /** For subclasses. */
    protected FiksClientBuilder() {
    }

    /**
     * Talks to the Fiks services of an environment: each API is reached at the base URL the service manifest names
     * for it. Use this or {@link #baseUrl(String)}.
     *
     * @param environment test or production
     * @return this builder
     */
    public B environment(FiksEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return self();
    }

    /**
     * Talks to a base URL of the caller's choosing, such as a local simulator or a proxy, instead of an
     * {@link #environment}: every API's paths are resolved against it.
     *
     * @param baseUrl an https URL, or an http URL to a loopback host (localhost, 127.0.0.0/8, ::1); a {@code /} is
     *     added to its path if missing
     * @return this builder
     * @throws IllegalArgumentException if the URL is not usable (plain http elsewhere, credentials, query)
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = BaseUrls.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
        return self();
    }

    /**
     * Talks to a base URL of the caller's choosing; see {@link #baseUrl(String)}.
     *
     * @param baseUrl the URL
     * @return this builder
     * @throws IllegalArgumentException if the URL is not usable
     */
    public B baseUrl(HttpUrl baseUrl) {
        this.baseUrl = BaseUrls.check(Objects.requireNonNull(baseUrl, "baseUrl"));
        return self();
    }

    /**
     * Sets how long connecting may take; default 10 s (or the supplied {@link #okHttpClient}'s).
     *
     * @param timeout zero for none, or positive
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        settings.connectTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets how long one read from the socket may wait, also while a download streams; default 60 s (or the
     * supplied client's).
     *
     * @param timeout zero for none, or positive
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        settings.readTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets how long one write to the socket may wait; default 60 s (or the supplied client's).
     *
     * @param timeout zero for none, or positive
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        settings.writeTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets how long a whole call may take, retries, waiting for a token and reading the body included; default none
     * (or the supplied client's). Leave it unset, or generous, for large uploads and downloads.
     *
     * @param timeout zero for none, or positive
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        settings.callTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets when requests are retried; default {@link RetryPolicy#defaults()}. Which operations are safe to repeat
     * comes from the service manifest, not from the policy.
     *
     * @param retryPolicy the policy, or {@link RetryPolicy#none()}
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        settings.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * Sets how much of each exchange is logged, credentials always redacted. If this is not called, the level is
     * read from the system property {@code fiks.http.logLevel}, else the environment variable
     * {@code FIKS_HTTP_LOG_LEVEL} (either one of {@code NONE}, {@code BASIC}, {@code HEADERS}, {@code BODY}), else it
     * is {@link HttpLogLevel#NONE}.
     *
     * @param logLevel the level
     * @return this builder
     */
    public B logLevel(HttpLogLevel logLevel) {
        settings.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return self();
    }

    /**
     * Adds a product token to the {@code User-Agent}, such as {@code "my-archive/2.1"}, after
     * {@code fiks-clients/<version>}.
     *
     * @param suffix printable ASCII, not blank
     * @return this builder
     * @throws IllegalArgumentException if the suffix cannot be sent in a header
     */
    public B userAgentSuffix(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        if (suffix.isBlank() || !suffix.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException("The user agent suffix must be printable ASCII and not blank");
        }
        settings.userAgentSuffix = suffix.strip();
        return self();
    }

    /**
     * Builds on a caller's OkHttp client: its connection pool, threads, proxy, TLS settings and interceptors are
     * kept, and ours are added to a copy ({@link OkHttpClient#newBuilder()}). Timeouts not set on this builder stay
     * the supplied client's. Connection-failure retries are switched off and sockets get TCP_NODELAY, as for every
     * Fiks client.
     *
     * @param okHttpClient the base client; closing the Fiks client leaves it running
     * @return this builder
     */
    public B okHttpClient(OkHttpClient okHttpClient) {
        settings.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
        return self();
    }

    /**
     * Replaces the default read, write and call timeouts, for a facade whose calls take longer than most (such as a
     * large upload). Timeouts the caller sets, and those of a supplied {@link #okHttpClient}, still win.
     *
     * @param read the default read timeout; zero for none
     * @param write the default write timeout; zero for none
     * @param call the default call timeout; zero for none
     */
    protected final void defaultTimeouts(Duration read, Duration write, Duration call) {
        settings.defaultReadTimeout = Objects.requireNonNull(read, "read");
        settings.defaultWriteTimeout = Objects.requireNonNull(write, "write");
        settings.defaultCallTimeout = Objects.requireNonNull(call, "call");
    }

    /**
     * Observes every HTTP exchange with Micrometer: one observation per attempt (each retry and redirect hop its
     * own), named {@value DefaultFiksHttpObservationConvention#NAME} with the key values {@code service},
     * {@code operation}, {@code method}, {@code status}, {@code outcome} and {@code exception} (see
     * {@link FiksHttpObservationDocumentation}). With a tracer behind the registry, each request carries the trace
     * context (W3C {@code traceparent}, or what the tracer propagates) and its span is a child of the observation
     * current where the call was made, for asynchronous calls too.
     *
     * <p>Micrometer is an optional dependency: unless this method is called, no Micrometer class is loaded and
     * nothing is observed.
     *
     * @param registry the registry; a no-op registry observes nothing
     * @return this builder
     */
    public B observationRegistry(ObservationRegistry registry) {
        settings.observations = MicrometerExchangeObservations.of(Objects.requireNonNull(registry, "registry"));
        return self();
    }

    /**
     * Checks the settings and creates the client. No request is sent yet.
     *
     * @return the client
     * @throws IllegalStateException if a required setting is missing or settings contradict each other
     */
    public abstract C build();

    /**
     * Creates the {@link FiksClient} that these runtime options describe, authenticating with the given
     * authentication; for a facade's {@link #build()}.
     *
     * @param authentication how every request is authenticated, or {@code null} for none
     * @return the client
     * @throws IllegalStateException if neither or both of environment and base URL are set, or a timeout is
     *     negative
     */
    protected final FiksClient buildFiksClient(FiksAuthentication authentication) {
        if (environment != null && baseUrl != null) {
            throw new IllegalStateException("Set either environment(...) or baseUrl(...), not both");
        }
        if (environment == null && baseUrl == null) {
            throw new IllegalStateException("Set environment(...) or baseUrl(...)");
        }
        return settings.build(environment, baseUrl, authentication);
    }

    /**
     * This builder as its concrete type.
     *
     * @return this
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
