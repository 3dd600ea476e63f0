package io.github.fiksclients.core;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.TrustedOrigins;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The one HTTP runtime every Fiks service client is built on: an environment or base URL, an authentication,
 * timeouts, retries, redacted logging and a user agent, applied to every request by one OkHttp client.
 *
 * <p>{@link #create(Class)} makes a generated Fiks API usable: its base URL, the authentication modes it accepts,
 * the operations that are safe to repeat and the Gson of its models all come from the service manifest
 * ({@code specs/specs.json}), through the API's {@link ApiDescriptor}. Every operation returns a {@link FiksCall},
 * which gives the body or a typed {@link io.github.fiksclients.errors.FiksException}.
 *
 * <p>Each request passes these interceptors in this order: redirects (below), then {@linkplain RetryPolicy retry},
 * then {@linkplain FiksClientBuilder#observationRegistry observation} (if configured), then the user agent and
 * {@linkplain FiksAuthentication authentication} (added together, in one rewrite of the request), then
 * {@linkplain HttpLogLevel logging}; so each retry is observed, authenticated and logged anew. Interceptors
 * of a caller-supplied {@link OkHttpClient} run before ours. OkHttp's own repetitions (after a failed connection,
 * or a 503 with {@code Retry-After: 0}) are switched off, so the retry policy alone decides what is sent again.
 *
 * <p>Credentials stay on the origins the client was configured for: its explicit base URL, or the base URLs of
 * the APIs it has {@linkplain #create created} for its environment. A redirect is followed only within the origin
 * of the request, never from https to http, and each hop is authenticated anew; a redirect anywhere else fails the
 * call with a {@link io.github.fiksclients.errors.FiksRedirectException} that names the target's origin (not its
 * path or query), and nothing is sent there. A request for any other origin fails with a
 * {@link io.github.fiksclients.errors.FiksAuthenticationException} before anything is sent. A supplied
 * {@link OkHttpClient} with {@code followRedirects(false)} gets every redirect back as a response.
 *
 * <p>Instances are immutable and thread-safe; share one per service and authentication.
 * {@link #withAuthentication} makes siblings that share the connection pool and threads. {@link #close()} releases
 * the pool and threads only if this client created them (it was built without
 * {@link FiksClientBuilder#okHttpClient} and is not a sibling).
 *
 * <pre>{@code
 * FiksClient fiks = FiksClient.builder()
 *         .environment(FiksEnvironment.TEST)
 *         .authentication(FiksAuthentication.integrasjon(integrasjonId, passord, tokens))
 *         .build();
 * TilgangApi tilgang = fiks.create(TilgangApi.class);
 * }</pre>
 */
public final class FiksClient implements AutoCloseable {

    /** The SLF4J logger that HTTP exchanges and retries are logged to. */
    public static final String LOGGER_NAME = "io.github.fiksclients.http";

    private static final Gson PLAIN_GSON = new Gson();
    private static final UnaryOperator<GsonBuilder> UNCHANGED = builder -> builder;

    private final FiksEnvironment environment;
    private final HttpUrl baseUrl;
    private final OkHttpClient base;
    private final RetryPolicy retryPolicy;
    private final HttpLogLevel logLevel;
    private final String userAgent;
    private final FiksAuthentication authentication;
    private final boolean ownsHttpClient;
    private final AtomicReference<TrustedOrigins> trustedOrigins;
    private final ExchangeObservations observations;
    private final OkHttpClient httpClient;

    FiksClient(FiksEnvironment environment, HttpUrl baseUrl, OkHttpClient base, RetryPolicy retryPolicy,
            HttpLogLevel logLevel, String userAgent, FiksAuthentication authentication,
            boolean ownsHttpClient, ExchangeObservations observations) {
        this(environment, baseUrl, base, retryPolicy, logLevel, userAgent, authentication, ownsHttpClient,
                new AtomicReference<>(baseUrl == null ? null : TrustedOrigins.of(baseUrl)), observations);
    }

    private FiksClient(FiksEnvironment environment, HttpUrl baseUrl, OkHttpClient base, RetryPolicy retryPolicy,
            HttpLogLevel logLevel, String userAgent, FiksAuthentication authentication,
            boolean ownsHttpClient, AtomicReference<TrustedOrigins> trustedOrigins,
            ExchangeObservations observations) {
        this.environment = environment;
        this.baseUrl = baseUrl;
        this.base = base;
        this.retryPolicy = retryPolicy;
        this.logLevel = logLevel;
        this.userAgent = userAgent;
        this.authentication = authentication;
        this.ownsHttpClient = ownsHttpClient;
        this.trustedOrigins = trustedOrigins;
        this.observations = observations;
        OkHttpClient.Builder pipeline = base.newBuilder()
                .followRedirects(false)
                .addInterceptor(new SameOriginRedirects(base.followRedirects()))
                .addInterceptor(new RetryInterceptor(retryPolicy))
                .addNetworkInterceptor(new NoSilentRetryInterceptor());
        if (observations != null) {
            pipeline.addInterceptor(observations.interceptor());
        }
        pipeline.addInterceptor(new OutgoingHeaders(userAgent, authentication, trustedOrigins));
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
     * Creates an implementation of a generated Fiks API (or of a Retrofit interface of your own whose methods return
     * {@link FiksCall}) on this client.
     *
     * <p>A generated API is reached at the base URL its service manifest names for this client's environment (or at
     * this client's explicit base URL) and reads its models with its own generated Gson. An interface without an
     * {@link ApiDescriptor} needs an explicit base URL and uses a plain Gson.
     *
     * @param api the Retrofit interface
     * @param <T> the interface type
     * @return the implementation
     * @throws IllegalStateException if the API's base URL is unknown for this client, or this client's
     *     authentication is not one the API accepts
     * @throws IllegalArgumentException if the interface is not a valid Retrofit API, or a method returns
     *     {@code retrofit2.Call} instead of {@link FiksCall}
     */
    public <T> T create(Class<T> api) {
        return create(api, UNCHANGED);
    }

    /**
     * Creates an implementation of a generated Fiks API, as {@link #create(Class)} does, whose Gson is the API's own
     * with additions: the operator receives a builder of the API's own Gson (its type adapters, date-time handling
     * and discriminators) and may register more, such as an adapter that keeps a kind of response the spec does not
     * list. There is no way to hand it another spec's Gson.
     *
     * @param api the Retrofit interface
     * @param gson adds to a builder of the API's own Gson and returns it
     * @param <T> the interface type
     * @return the implementation
     * @throws IllegalStateException if the API's base URL is unknown for this client, or this client's
     *     authentication is not one the API accepts
     * @throws IllegalArgumentException if the interface is not a valid Retrofit API, or a method returns
     *     {@code retrofit2.Call} instead of {@link FiksCall}
     */
    public <T> T create(Class<T> api, UnaryOperator<GsonBuilder> gson) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(gson, "gson");
        Optional<ApiDescriptor> descriptor = ApiDescriptor.of(api);
        HttpUrl target = baseUrl(api);
        descriptor.ifPresent(d -> checkAuthentication(api, d));
        trust(target);
        if (observations != null) {
            descriptor.ifPresent(observations::apiCreated);
        }
        Gson own = descriptor.map(ApiDescriptor::gson).orElse(PLAIN_GSON);
        Gson models = gson == UNCHANGED ? own : gson.apply(own.newBuilder()).create();
        return new Retrofit.Builder()
                .baseUrl(target)
                .callFactory(RequestOnlyCall.FACTORY)
                .addCallAdapterFactory(new FiksCallAdapterFactory(this))
                .addConverterFactory(new StringResponseConverterFactory(models))
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(new GsonRequestBodyConverterFactory(models))
                .addConverterFactory(new GsonResponseBodyConverterFactory(models))
                .validateEagerly(true)
                .build()
                .create(api);
    }

    /**
     * The base URL an API is reached at by this client: this client's explicit base URL, or the one the API's
     * service manifest names for this client's environment.
     *
     * @param api a generated API interface
     * @return the base URL, ending with {@code /}
     * @throws IllegalStateException if the base URL is unknown
     */
    public HttpUrl baseUrl(Class<?> api) {
        Objects.requireNonNull(api, "api");
        if (baseUrl != null) {
            return baseUrl;
        }
        return ApiDescriptor.of(api)
                .flatMap(descriptor -> descriptor.baseUrl(environment))
                .orElseThrow(() -> new IllegalStateException("The service manifest names no " + environment
                        + " base URL for " + api.getName() + ": build the client with baseUrl(...)"));
    }

    /** Adds an origin to those this client's credentials may go to. */
    private void trust(HttpUrl url) {
        trustedOrigins.updateAndGet(current -> current == null ? TrustedOrigins.of(url)
                : current.contains(url) ? current : current.with(url));
    }

    private void checkAuthentication(Class<?> api, ApiDescriptor descriptor) {
        Set<AuthenticationMode> accepted = descriptor.authentication();
        if (accepted.isEmpty()) {
            return;
        }
        String names = accepted.stream().map(AuthenticationMode::manifestName).collect(Collectors.joining(" or "));
        if (authentication == null) {
            throw new IllegalStateException(api.getSimpleName() + " (" + descriptor.serviceName() + ") authenticates with "
                    + names + ": set authentication(...) on the FiksClient");
        }
        if (!accepted.contains(authentication.mode())) {
            throw new IllegalStateException(api.getSimpleName() + " (" + descriptor.serviceName() + ") authenticates with "
                    + names + ", not " + authentication.mode().manifestName() + ": build the FiksClient with a "
                    + "matching authentication");
        }
    }

    /**
     * Sends a raw request through this client's pipeline (retries, authentication, logging), for what a generated
     * API cannot express, such as following a download link.
     *
     * <p>The request is bound to the calling thread first ({@link FiksAuthentication#bindToCaller}). The caller
     * must close the returned response; its body streams.
     *
     * @param request the request
     * @return the open 2xx response
     * @throws io.github.fiksclients.errors.FiksException for any failure, an error status included
     */
    public Response execute(Request request) {
        Request bound = bindToCaller(Objects.requireNonNull(request, "request"));
        Response response;
        try {
            response = httpClient.newCall(bound).execute();
        } catch (IOException e) {
            throw CallFailures.transport(bound, e);
        }
        if (!response.isSuccessful()) {
            throw HttpErrors.from(response);
        }
        return response;
    }

    /** Binds a request to the calling thread, as the authentication and the observations need. */
    Request bindToCaller(Request request) {
        Request bound = authentication == null ? request : authentication.bindToCaller(request);
        return observations == null ? bound : observations.bindToCaller(bound);
    }

    /**
     * The configured OkHttp client, with all interceptors, for code that manages raw OkHttp calls itself. Prefer
     * {@link #execute(Request)}, which binds credentials to the caller and types failures.
     *
     * @return the client; do not shut it down, close this {@code FiksClient} instead
     */
    public OkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * The retry policy of this client, for callers that repeat a whole operation themselves within the same bounds
     * ({@link RetryPolicy#newBudget()}), such as a download restarted from its beginning.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * The environment this client talks to.
     *
     * @return the environment, or empty if the client was built with an explicit base URL
     */
    public Optional<FiksEnvironment> environment() {
        return Optional.ofNullable(environment);
    }

    /**
     * The explicit base URL this client talks to.
     *
     * @return the base URL, ending with {@code /}, or empty if the client was built for an environment
     */
    public Optional<HttpUrl> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /**
     * The mode this client authenticates in, to tell whether an API accepts it before creating the API.
     *
     * @return the mode, or empty if the client sends requests unauthenticated
     */
    public Optional<AuthenticationMode> authenticationMode() {
        return Optional.ofNullable(authentication).map(FiksAuthentication::mode);
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
        return new FiksClient(environment, baseUrl, base, retryPolicy, logLevel, userAgent, authentication, false,
                trustedOrigins, observations);
    }

    /**
     * Makes a sibling whose authentication has what it takes from the calling thread fixed now (see
     * {@link FiksAuthentication#boundToCaller()}), for work that goes on later on the caller's behalf, such as the
     * pages of a lazily consumed search: in integrasjon-person mode the citizen's token is asked for once, here.
     *
     * @return the sibling, or this client if its authentication needs nothing from the caller
     * @throws io.github.fiksclients.errors.FiksAuthenticationException if the caller's credentials cannot be had
     */
    public FiksClient boundToCaller() {
        if (authentication == null) {
            return this;
        }
        FiksAuthentication bound = authentication.boundToCaller();
        return bound == authentication ? this : withAuthentication(bound);
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
        return "FiksClient{" + (baseUrl != null ? "baseUrl=" + baseUrl : "environment=" + environment)
                + ", authentication=" + authentication + ", retryPolicy=" + retryPolicy + ", logLevel=" + logLevel
                + ", userAgent=" + userAgent + "}";
    }

    /** Collects the settings of a {@link FiksClient}: the shared runtime options plus its authentication. */
    public static final class Builder extends FiksClientBuilder<Builder, FiksClient> {

        private FiksAuthentication authentication;

        private Builder() {
        }

        /**
         * Authenticates every request; without it requests are sent unauthenticated, and only APIs that need no
         * authentication can be created.
         *
         * @param authentication the authentication
         * @return this builder
         */
        public Builder authentication(FiksAuthentication authentication) {
            this.authentication = Objects.requireNonNull(authentication, "authentication");
            return this;
        }

        /**
         * Checks the settings and creates the client.
         *
         * @return the client
         * @throws IllegalStateException if neither or both of environment and base URL are set, a timeout is
         *     negative, or no log level is set and {@code fiks.http.logLevel} or {@code FIKS_HTTP_LOG_LEVEL} names
         *     none
         */
        @Override
        public FiksClient build() {
            return buildFiksClient(authentication);
        }
    }
}
