package io.github.fiksclients.core;

import com.google.gson.Gson;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.TrustedOrigins;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The one HTTP runtime every Fiks service client is built on: a base URL, an authentication, timeouts, retries,
 * redacted logging and a user agent, applied to every request by one OkHttp client.
 *
 * <p>Each request passes these interceptors in this order: user agent, then redirects (below), then
 * {@linkplain RetryPolicy retry}, then {@linkplain FiksAuthentication authentication}, then
 * {@linkplain HttpLogLevel logging}; so each retry is authenticated anew and each attempt is logged. Interceptors
 * of a caller-supplied {@link OkHttpClient} run before ours. OkHttp's own repetitions (after a failed connection,
 * or a 503 with {@code Retry-After: 0}) are switched off, so the retry policy alone decides what is sent again.
 *
 * <p>Credentials stay on the origins the client was configured for (the scheme, host and port of its base URL).
 * A redirect is followed only within the origin of the request, never from https to http, and each hop is
 * authenticated anew; a redirect anywhere else fails the call with a
 * {@link io.github.fiksclients.errors.FiksRedirectException} that names the target's origin (not its path or
 * query), and nothing is sent there. A request on {@link #httpClient()} for any other origin fails with a
 * {@link io.github.fiksclients.errors.FiksAuthenticationException} before anything is sent. A supplied
 * {@link OkHttpClient} with {@code followRedirects(false)} gets every redirect back as a response.
 *
 * <p>Instances are immutable and thread-safe; share one per base URL and authentication.
 * {@link #withAuthentication} makes siblings that share the connection pool and threads. {@link #close()} releases
 * the pool and threads only if this client created them (it was built without {@link Builder#okHttpClient} and
 * is not a sibling).
 *
 * <pre>{@code
 * FiksClient fiks = FiksClient.builder()
 *         .host(FiksHost.FIKS_API)
 *         .environment(FiksEnvironment.TEST)
 *         .authentication(FiksAuthentication.integrasjon(integrasjonId, passord, tokens))
 *         .build();
 * }</pre>
 */
public final class FiksClient implements AutoCloseable {

    /** The SLF4J logger that HTTP exchanges and retries are logged to. */
    public static final String LOGGER_NAME = "io.github.fiksclients.http";

    private final HttpUrl baseUrl;
    private final OkHttpClient base;
    private final RetryPolicy retryPolicy;
    private final HttpLogLevel logLevel;
    private final UserAgentInterceptor userAgent;
    private final FiksAuthentication authentication;
    private final boolean ownsHttpClient;
    private final OkHttpClient httpClient;

    private FiksClient(HttpUrl baseUrl, OkHttpClient base, RetryPolicy retryPolicy, HttpLogLevel logLevel,
            UserAgentInterceptor userAgent, FiksAuthentication authentication, boolean ownsHttpClient) {
        this.baseUrl = baseUrl;
        this.base = base;
        this.retryPolicy = retryPolicy;
        this.logLevel = logLevel;
        this.userAgent = userAgent;
        this.authentication = authentication;
        this.ownsHttpClient = ownsHttpClient;
        OkHttpClient.Builder pipeline = base.newBuilder()
                .followRedirects(false)
                .addInterceptor(userAgent)
                .addInterceptor(new SameOriginRedirects(base.followRedirects()))
                .addInterceptor(new RetryInterceptor(retryPolicy))
                .addNetworkInterceptor(new NoSilentRetryInterceptor());
        if (authentication != null) {
            pipeline.addInterceptor(authentication.interceptor(TrustedOrigins.of(baseUrl)));
        }
        HttpLogging.interceptors(logLevel).forEach(pipeline::addInterceptor);
        this.httpClient = pipeline.build();
    }

    /**
     * Starts a client.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates an implementation of a Retrofit interface, such as a generated Fiks API, on this client.
     *
     * @param api the Retrofit interface
     * @param gson the Gson of the API's generated models (its {@code JSON.gson()})
     * @param <T> the interface type
     * @return the implementation; its calls are best run with {@link io.github.fiksclients.errors.FiksCalls}
     * @throws IllegalArgumentException if the interface is not a valid Retrofit API
     */
    public <T> T create(Class<T> api, Gson gson) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(gson, "gson");
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(httpClient)
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(new GsonRequestBodyConverterFactory(gson))
                .addConverterFactory(new GsonResponseBodyConverterFactory(gson))
                .validateEagerly(true)
                .build()
                .create(api);
    }

    /**
     * The configured OkHttp client, with all interceptors, for raw calls such as streamed downloads.
     *
     * @return the client; do not shut it down, close this {@code FiksClient} instead
     */
    public OkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * The base URL that API paths are resolved against.
     *
     * @return the base URL, ending with {@code /}
     */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * Makes a sibling that authenticates differently (for example for one citizen) and shares this client's
     * connection pool, threads and other settings.
     *
     * @param authentication the sibling's authentication
     * @return the sibling; closing it releases nothing
     */
    public FiksClient withAuthentication(FiksAuthentication authentication) {
        Objects.requireNonNull(authentication, "authentication");
        return new FiksClient(baseUrl, base, retryPolicy, logLevel, userAgent, authentication, false);
    }

    /** Shuts down the connection pool and threads, if this client created them; otherwise does nothing. */
    @Override
    public void close() {
        if (ownsHttpClient) {
            httpClient.dispatcher().executorService().shutdown();
            httpClient.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "FiksClient{baseUrl=" + baseUrl + ", authentication=" + authentication + ", retryPolicy=" + retryPolicy
                + ", logLevel=" + logLevel + ", userAgent=" + userAgent.userAgent() + "}";
    }

    /** Collects the settings of a {@link FiksClient}; validated in {@link #build()}. */
    public static final class Builder {
        private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
        private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
        private static final Duration NO_TIMEOUT = Duration.ZERO;

        private FiksHost host;
        private FiksEnvironment environment;
        private HttpUrl baseUrl;
        private FiksAuthentication authentication;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private Duration callTimeout;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private HttpLogLevel logLevel;
        private String userAgentSuffix;
        private OkHttpClient okHttpClient;

        private Builder() {
        }

        /**
         * Talks to a Fiks host; needs {@link #environment}. Use this or {@link #baseUrl(String)}.
         *
         * @param host the host
         * @return this builder
         */
        public Builder host(FiksHost host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Chooses the environment of the {@linkplain #host host}.
         *
         * @param environment test or production
         * @return this builder
         */
        public Builder environment(FiksEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Talks to a base URL of the caller's choosing, such as a local simulator, instead of a {@link FiksHost}.
         *
         * @param baseUrl an https URL, or an http URL to a loopback host (localhost, 127.0.0.0/8, ::1); a
         *     {@code /} is added to its path if missing
         * @return this builder
         * @throws IllegalArgumentException if the URL is not usable (plain http elsewhere, credentials, query)
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = BaseUrls.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
            return this;
        }

        /**
         * Talks to a base URL of the caller's choosing; see {@link #baseUrl(String)}.
         *
         * @param baseUrl the URL
         * @return this builder
         * @throws IllegalArgumentException if the URL is not usable
         */
        public Builder baseUrl(HttpUrl baseUrl) {
            this.baseUrl = BaseUrls.check(Objects.requireNonNull(baseUrl, "baseUrl"));
            return this;
        }

        /**
         * Authenticates every request; without it requests are sent unauthenticated.
         *
         * @param authentication the authentication
         * @return this builder
         */
        public Builder authentication(FiksAuthentication authentication) {
            this.authentication = Objects.requireNonNull(authentication, "authentication");
            return this;
        }

        /**
         * Sets how long connecting may take; default 10 s (or the supplied client's).
         *
         * @param timeout zero for none, or positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long a read from the socket may wait; default 60 s (or the supplied client's).
         *
         * @param timeout zero for none, or positive
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long a write to the socket may wait; default 60 s (or the supplied client's).
         *
         * @param timeout zero for none, or positive
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long a whole call may take, retries and reading the body included; default none (or the
         * supplied client's).
         *
         * @param timeout zero for none, or positive
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets when requests are retried; default {@link RetryPolicy#defaults()}.
         *
         * @param retryPolicy the policy, or {@link RetryPolicy#none()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sets how much of each exchange is logged. If this is not called, the level is read from the system property
         * {@code fiks.http.logLevel}, else the environment variable {@code FIKS_HTTP_LOG_LEVEL} (either one of
         * {@code NONE}, {@code BASIC}, {@code HEADERS}, {@code BODY}), else it is {@link HttpLogLevel#NONE}. A value
         * that names no level is logged once as a warning, and the level is then {@link HttpLogLevel#NONE}.
         *
         * @param logLevel the level
         * @return this builder
         */
        public Builder logLevel(HttpLogLevel logLevel) {
            this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
            return this;
        }

        /**
         * Adds a product token to the {@code User-Agent}, such as {@code "my-archive/2.1"}, after
         * {@code fiks-clients/<version>}.
         *
         * @param suffix printable ASCII, not blank
         * @return this builder
         * @throws IllegalArgumentException if the suffix cannot be sent in a header
         */
        public Builder userAgentSuffix(String suffix) {
            Objects.requireNonNull(suffix, "suffix");
            if (suffix.isBlank() || !suffix.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
                throw new IllegalArgumentException("The user agent suffix must be printable ASCII and not blank");
            }
            this.userAgentSuffix = suffix.strip();
            return this;
        }

        /**
         * Builds on a caller's OkHttp client: its connection pool, threads, proxy, TLS settings and interceptors
         * are kept, and ours are added to a copy ({@link OkHttpClient#newBuilder()}). Timeouts not set on this
         * builder stay the supplied client's. Connection-failure retries are switched off and sockets get
         * TCP_NODELAY, as for every Fiks client.
         *
         * @param okHttpClient the base client; {@link FiksClient#close()} leaves it running
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Checks the settings and creates the client.
         *
         * @return the client
         * @throws IllegalStateException if the target is missing or set twice, or a timeout is negative
         */
        public FiksClient build() {
            HttpUrl target = target();
            boolean owned = okHttpClient == null;
            OkHttpClient supplied = owned ? new OkHttpClient() : okHttpClient;
            OkHttpClient.Builder base = supplied.newBuilder()
                    // Our RetryPolicy decides what is repeated; OkHttp's own retry would resend a POST.
                    .retryOnConnectionFailure(false)
                    .socketFactory(NoDelaySocketFactory.wrap(supplied.socketFactory()));
            timeout(connectTimeout, owned ? DEFAULT_CONNECT_TIMEOUT : null, base::connectTimeout);
            timeout(readTimeout, owned ? DEFAULT_READ_TIMEOUT : null, base::readTimeout);
            timeout(writeTimeout, owned ? DEFAULT_WRITE_TIMEOUT : null, base::writeTimeout);
            timeout(callTimeout, owned ? NO_TIMEOUT : null, base::callTimeout);
            return new FiksClient(target, base.build(), retryPolicy,
                    logLevel != null ? logLevel : DefaultHttpLogLevel.get(),
                    new UserAgentInterceptor(userAgentSuffix), authentication, owned);
        }

        private HttpUrl target() {
            if (baseUrl != null && (host != null || environment != null)) {
                throw new IllegalStateException("Set either baseUrl(...) or host(...) with environment(...), not both");
            }
            if (baseUrl != null) {
                return baseUrl;
            }
            if (host == null || environment == null) {
                throw new IllegalStateException("Set host(...) and environment(...), or baseUrl(...)");
            }
            return host.baseUrl(environment);
        }

        private static void timeout(Duration set, Duration fallback, TimeoutSetter setter) {
            Duration timeout = set != null ? set : fallback;
            if (timeout == null) {
                return;
            }
            if (timeout.isNegative()) {
                throw new IllegalStateException("A timeout must not be negative, was " + timeout);
            }
            setter.set(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** One of OkHttp's timeout setters. */
        @FunctionalInterface
        private interface TimeoutSetter {
            void set(long amount, TimeUnit unit);
        }
    }
}
