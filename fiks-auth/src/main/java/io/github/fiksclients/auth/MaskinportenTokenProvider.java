package io.github.fiksclients.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksErrorParser;
import io.github.fiksclients.errors.FiksHttpExceptions;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ks.fiks.maskinporten.AccessTokenRequest;
import no.ks.fiks.maskinporten.AccessTokenRequestBuilder;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientOperations;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import no.ks.fiks.maskinporten.error.MaskinportenTokenRequestException;
import no.ks.fiks.maskinporten.error.MaskinportenTokenTemporarilyUnavailableException;

/**
 * Gets Maskinporten access tokens with a JWT-bearer grant signed by the organisation's certificate, using KS's
 * {@code maskinporten-client}.
 *
 * <p>Tokens are cached until shortly before they expire, so one token request serves many calls and threads. One
 * token request is in flight at a time (for this provider's scopes): callers that need a token meanwhile wait for
 * its answer, each until its own call is canceled or times out at the latest. A failed request is remembered for
 * a moment ({@link Builder#rememberFailuresFor}, 3 seconds by default): callers in that moment fail at once with
 * it, and its {@link FiksAuthenticationException#retryAfter()} tells a {@code FiksClient} to retry only after it.
 * So during an outage many threads fail together and fast, instead of one after another at the full timeout.
 * Every failure, whether at {@link Builder#build()} (an unreadable keystore, a wrong password or alias) or when a
 * token is needed (a refusal, an outage, a timeout, an odd response), is a
 * {@link FiksAuthenticationException} whose message holds no secret. A failure that may pass by itself (the
 * endpoint answers 408, 429 or a 5xx other than 501 and 505, or cannot be reached or times out) is
 * {@linkplain FiksAuthenticationException#isRetryable() retryable}, so a {@code FiksClient} retries the request
 * within its retry policy; a refusal (400, 401, 403) is not.
 *
 * <pre>{@code
 * MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder()
 *         .environment(MaskinportenEnvironment.TEST)
 *         .issuer("my-maskinporten-client-id")
 *         .pkcs12(Path.of("virksomhetssertifikat.p12"), Secret.of(keystorePassword), "alias")
 *         .build();
 * }</pre>
 */
public final class MaskinportenTokenProvider implements AccessTokenProvider {

    /** The scope Fiks integrations need. */
    public static final String FIKS_SCOPE = "ks:fiks";

    private static final int REFRESH_SECONDS_BEFORE_EXPIRY = 10;
    private static final int MAX_REASON_LENGTH = 300;

    private final MaskinportenklientOperations client;
    private final URI tokenEndpoint;
    private final String source;
    private final String issuer;
    private final List<String> scopes;
    private final String consumerOrg;
    private final AccessTokenRequest request;
    private final SingleFlightTokens tokens;

    private MaskinportenTokenProvider(Builder builder, URI tokenEndpoint, MaskinportenklientOperations client) {
        this.client = client;
        this.tokenEndpoint = tokenEndpoint;
        this.source = tokenEndpoint != null ? "Maskinporten at " + tokenEndpoint
                : "Maskinporten (through the supplied Maskinportenklient)";
        this.issuer = builder.issuer;
        this.scopes = builder.scopes;
        this.consumerOrg = builder.consumerOrg;
        this.request = tokenRequest(scopes, consumerOrg);
        TokenRequestObservations observations = builder.observations;
        this.tokens = new SingleFlightTokens(
                observations == null ? this::requestToken : () -> observations.observe(this::requestToken),
                source, builder.timeout, builder.failureMemory, REFRESH_SECONDS_BEFORE_EXPIRY);
    }

    /** The request the library caches tokens by: the scopes, and the organisation acted for if any. */
    private static AccessTokenRequest tokenRequest(List<String> scopes, String consumerOrg) {
        AccessTokenRequestBuilder request = new AccessTokenRequestBuilder().scopes(new LinkedHashSet<>(scopes));
        if (consumerOrg != null) {
            request.consumerOrg(consumerOrg);
        }
        return request.build();
    }

    /**
     * Starts a provider.
     *
     * @return a builder with scope {@code ks:fiks}, a 10-second token request timeout, and failures remembered for
     *     3 seconds
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a cached or newly requested access token, waiting at most the token request's timeout (and a second).
     *
     * @return the token
     * @throws FiksAuthenticationException if Maskinporten refuses, fails or cannot be reached, now or a moment ago
     */
    @Override
    public String accessToken() {
        return tokens.get(null);
    }

    /**
     * Returns a cached or newly requested access token for a call, giving up when the call is canceled or its
     * deadline passes (its {@code callTimeout}), whichever comes first, or after the token request's timeout.
     *
     * @param call the call the token is for
     * @return the token
     * @throws FiksAuthenticationException if Maskinporten refuses, fails or cannot be reached, now or a moment ago,
     *     or the call ended while waiting (retryable)
     */
    @Override
    public String accessToken(okhttp3.Call call) {
        return tokens.get(Objects.requireNonNull(call, "call"));
    }

    /** Makes one token request through the library (which caches), turning every failure into our exception. */
    private String requestToken() {
        String token;
        try {
            token = client.getAccessToken(request);
        } catch (MaskinportenTokenTemporarilyUnavailableException e) {
            throw new FiksAuthenticationException(source
                    + " is temporarily unavailable (HTTP " + e.getStatusCode() + ")" + reason(e), e, true);
        } catch (MaskinportenTokenRequestException e) {
            throw new FiksAuthenticationException(source
                    + " refused the token request (HTTP " + e.getStatusCode() + ")" + reason(e), e,
                    FiksHttpExceptions.isRetryableStatus(e.getStatusCode()));
        } catch (RuntimeException e) {
            throw new FiksAuthenticationException(
                    "Could not get a token from " + source + " (" + describe(e) + ")", e,
                    rootCause(e) instanceof IOException);
        }
        if (token == null || token.isBlank()) {
            throw new FiksAuthenticationException(source + " returned no access token");
        }
        return token;
    }

    /** The OAuth {@code error} and {@code error_description} of a refusal, printable and bounded. */
    private static String reason(MaskinportenTokenRequestException e) {
        String body = e.getMaskinportenError();
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (!parsed.isJsonObject()) {
                return "";
            }
            JsonObject error = parsed.getAsJsonObject();
            String text = Stream.of(textOf(error, "error"), textOf(error, "error_description"))
                    .filter(part -> !part.isBlank())
                    .collect(Collectors.joining(": "));
            String printable = FiksErrorParser.excerpt(text.getBytes(StandardCharsets.UTF_8));
            return printable.isEmpty() ? "" : ": " + truncate(printable);
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String textOf(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
    }

    /** Names a failure by the class of its root cause, with the message only for I/O failures (never secret). */
    private static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        if (root instanceof IOException && root.getMessage() != null) {
            return root.getClass().getName() + ": " + root.getMessage();
        }
        return root.getClass().getName();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * The scopes requested.
     *
     * @return the scopes, such as {@code [ks:fiks]}
     */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * The token endpoint used.
     *
     * @return the endpoint URI, or {@code null} when the tokens come from a
     *     {@linkplain Builder#maskinportenklient supplied Maskinportenklient} whose endpoint was not named
     */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /**
     * The Maskinporten client id the grants are issued by.
     *
     * @return the issuer, or {@code null} when the tokens come from a
     *     {@linkplain Builder#maskinportenklient supplied Maskinportenklient} and none was named
     */
    public String issuer() {
        return issuer;
    }

    @Override
    public String toString() {
        return "MaskinportenTokenProvider{" + (tokenEndpoint != null ? "tokenEndpoint=" + tokenEndpoint
                : "maskinportenklient=supplied") + ", issuer=" + issuer + ", scopes=" + scopes
                + (consumerOrg == null ? "" : ", consumerOrg=" + consumerOrg) + "}";
    }

    /** Collects the settings of a {@link MaskinportenTokenProvider}; validated in {@link #build()}. */
    public static final class Builder {
        private MaskinportenEnvironment environment;
        private URI tokenEndpoint;
        private String audience;
        private String issuer;
        private List<String> scopes = List.of(FIKS_SCOPE);
        private String consumerOrg;
        private Duration timeout = Duration.ofSeconds(10);
        private Duration failureMemory = Duration.ofSeconds(3);
        private Supplier<KeyMaterial> keyMaterialSource;
        private int keySources;
        private MaskinportenklientOperations maskinportenklient;
        private TokenRequestObservations observations;

        private Builder() {
        }

        /**
         * Uses a standard Maskinporten environment (token endpoint and audience).
         *
         * @param environment {@link MaskinportenEnvironment#TEST} or {@link MaskinportenEnvironment#PROD}
         * @return this builder
         */
        public Builder environment(MaskinportenEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Uses a custom token endpoint instead of an {@linkplain #environment environment}; needs
         * {@link #audience(String)} too.
         *
         * <p>The grant is signed with the organisation's key, so the endpoint must be https; plain http is accepted
         * only to a loopback host, for a local simulator, as for base URLs.
         *
         * @param tokenEndpoint the token endpoint, such as {@code https://maskinporten.example/token}, or
         *     {@code http://localhost:8080/token}
         * @return this builder
         * @throws IllegalArgumentException if the URI is not an absolute http or https URL with a host, carries
         *     user info, or is plain http to a host other than a loopback host
         */
        public Builder tokenEndpoint(URI tokenEndpoint) {
            Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
            String scheme = tokenEndpoint.getScheme();
            if (scheme == null || tokenEndpoint.getHost() == null
                    || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                throw new IllegalArgumentException("The token endpoint is not an absolute http or https URL");
            }
            if (tokenEndpoint.getRawUserInfo() != null) {
                throw new IllegalArgumentException("The token endpoint must not contain user info");
            }
            if (!LoopbackHosts.allowsCredentials(scheme, tokenEndpoint.getHost())) {
                throw new IllegalArgumentException("A token endpoint over plain http is only allowed to "
                        + LoopbackHosts.DESCRIPTION + ", not to " + tokenEndpoint.getHost() + ": use https");
            }
            this.tokenEndpoint = tokenEndpoint;
            return this;
        }

        /**
         * Sets the audience of the grant for a custom {@linkplain #tokenEndpoint token endpoint}.
         *
         * @param audience the issuer URL of the authorization server, without {@code /token}
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = Objects.requireNonNull(audience, "audience");
            return this;
        }

        /**
         * Sets the Maskinporten client id that issues the grants.
         *
         * @param clientId the client id (integration id in Samarbeidsportalen)
         * @return this builder
         */
        public Builder issuer(String clientId) {
            this.issuer = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /**
         * Sets the scopes to request; the default is {@code ks:fiks}.
         *
         * @param scopes one or more scopes
         * @return this builder
         */
        public Builder scopes(String... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        /**
         * Requests tokens on behalf of another organisation (a delegation in Altinn), as a supplier does for a
         * municipality.
         *
         * @param organisationNumber the nine-digit organisation number of the consumer
         * @return this builder
         */
        public Builder consumerOrg(String organisationNumber) {
            this.consumerOrg = Objects.requireNonNull(organisationNumber, "organisationNumber");
            return this;
        }

        /**
         * Sets how long one token request may take; the default is 10 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long a failed token request is remembered: callers in that time get its failure at once instead
         * of a new request, and are told to retry after it; the default is 3 seconds.
         *
         * @param failureMemory zero (every caller asks anew) or positive
         * @return this builder
         */
        public Builder rememberFailuresFor(Duration failureMemory) {
            this.failureMemory = Objects.requireNonNull(failureMemory, "failureMemory");
            return this;
        }

        /**
         * Signs with a key and certificate from a PKCS#12 keystore (a virksomhetssertifikat); the key's password
         * must be the keystore's.
         *
         * @param keystore the {@code .p12} file
         * @param password the keystore password
         * @param alias the alias of the key entry
         * @return this builder
         */
        public Builder pkcs12(Path keystore, Secret password, String alias) {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(alias, "alias");
            return keySource(() -> KeyMaterial.fromPkcs12(keystore, password, alias));
        }

        /**
         * Signs with an unencrypted PEM private key (PKCS#8 or PKCS#1) and a PEM certificate.
         *
         * @param privateKeyPem the key file ({@code PRIVATE KEY} or {@code RSA PRIVATE KEY})
         * @param certificatePem the certificate file; its first certificate is used
         * @return this builder
         */
        public Builder pem(Path privateKeyPem, Path certificatePem) {
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            Objects.requireNonNull(certificatePem, "certificatePem");
            return keySource(() -> KeyMaterial.fromPem(privateKeyPem, certificatePem));
        }

        /**
         * Signs with a key and certificate the caller has loaded.
         *
         * @param privateKey an RSA private key of at least 2048 bits
         * @param certificate its certificate
         * @return this builder
         */
        public Builder keyAndCertificate(PrivateKey privateKey, X509Certificate certificate) {
            Objects.requireNonNull(privateKey, "privateKey");
            Objects.requireNonNull(certificate, "certificate");
            return keySource(() -> KeyMaterial.of(privateKey, certificate));
        }

        /**
         * Signs with key material the caller has read, such as {@link KeyMaterial#fromPkcs12}.
         *
         * @param keyMaterial an RSA private key of at least 2048 bits with its certificate
         * @return this builder
         */
        public Builder keyMaterial(KeyMaterial keyMaterial) {
            Objects.requireNonNull(keyMaterial, "keyMaterial");
            return keySource(() -> keyMaterial);
        }

        /**
         * Requests the tokens through a Maskinporten client configured elsewhere, such as the
         * {@code Maskinportenklient} bean of KS's {@code maskinporten-spring-boot-client}, instead of one this builder
         * sets up: that client's token endpoint, audience, issuer, key and timeout apply, and no key material may be
         * set here. The provider still keeps one token request in flight at a time, remembers failures and types
         * them; {@link #environment} or {@link #tokenEndpoint} and {@link #issuer} may be set to name the endpoint
         * and issuer in messages, and {@link #timeout} still bounds how long callers wait.
         *
         * @param client the client
         * @return this builder
         */
        public Builder maskinportenklient(MaskinportenklientOperations client) {
            this.maskinportenklient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Observes every token request with Micrometer: an observation named
         * {@code fiks.maskinporten.token.requests} with the key values {@code outcome} ({@code SUCCESS},
         * {@code CLIENT_ERROR} for a refusal, {@code SERVER_ERROR}, or {@code UNKNOWN} when Maskinporten did not
         * answer), {@code status} (Maskinporten's status code, or {@code IO_ERROR}) and {@code exception} (the simple
         * class name of the root cause, or {@code none}). Tokens served from the cache are not requests.
         *
         * <p>Micrometer is an optional dependency: unless this method is called, no Micrometer class is loaded.
         *
         * @param registry the registry; a no-op registry observes nothing
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observations = MicrometerTokenRequestObservations.of(Objects.requireNonNull(registry, "registry"));
            return this;
        }

        private Builder keySource(Supplier<KeyMaterial> source) {
            this.keyMaterialSource = source;
            this.keySources++;
            return this;
        }

        /**
         * Checks the settings, loads the key material and creates the provider. No token is requested yet.
         *
         * @return the provider
         * @throws IllegalStateException if settings are missing or contradict each other (key material and a
         *     {@linkplain #maskinportenklient supplied client}, for example)
         * @throws FiksAuthenticationException if the key material cannot be loaded or does not fit
         */
        public MaskinportenTokenProvider build() {
            URI endpoint = environment != null ? environment.tokenEndpoint() : tokenEndpoint;
            String endpointAudience = environment != null ? environment.audience() : audience;
            if (environment != null && (tokenEndpoint != null || audience != null)) {
                throw new IllegalStateException("Set either environment(...) or tokenEndpoint(...) with audience(...)");
            }
            if (maskinportenklient != null) {
                return supplied(endpoint);
            }
            if (endpoint == null || endpointAudience == null) {
                throw new IllegalStateException("Set environment(...), or both tokenEndpoint(...) and audience(...)");
            }
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalStateException("Set the issuer (the Maskinporten client id)");
            }
            checkCommon();
            if (keySources != 1) {
                throw new IllegalStateException("Set exactly one of pkcs12(...), pem(...), keyAndCertificate(...) or keyMaterial(...)");
            }
            SigningKey key = SigningKey.of(keyMaterialSource.get());
            return new MaskinportenTokenProvider(this, endpoint, client(key, endpoint, endpointAudience));
        }

        /** Checks the settings that apply whoever requests the tokens. */
        private void checkCommon() {
            if (scopes.isEmpty() || scopes.stream().anyMatch(scope -> scope == null || scope.isBlank())) {
                throw new IllegalStateException("Set at least one scope, none blank");
            }
            if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalStateException("The timeout must be positive and at most 24 days");
            }
            if (failureMemory.isNegative() || failureMemory.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalStateException("rememberFailuresFor must be zero or positive, at most a day");
            }
        }

        private MaskinportenTokenProvider supplied(URI endpoint) {
            if (keySources != 0) {
                throw new IllegalStateException("Set either maskinportenklient(...) or key material, not both: the "
                        + "supplied client signs with its own key");
            }
            checkCommon();
            return new MaskinportenTokenProvider(this, endpoint, maskinportenklient);
        }

        private MaskinportenklientOperations client(SigningKey key, URI endpoint, String endpointAudience) {
            try {
                MaskinportenklientProperties properties = MaskinportenklientProperties.builder()
                        .tokenEndpoint(endpoint.toString())
                        .audience(endpointAudience)
                        .issuer(issuer)
                        .numberOfSecondsLeftBeforeExpire(REFRESH_SECONDS_BEFORE_EXPIRY)
                        .timeoutMillis((int) timeout.toMillis())
                        .build();
                return Maskinportenklient.builder()
                        .withPrivateKey(key.privateKey())
                        .usingVirksomhetssertifikat(key.certificate())
                        .withProperties(properties)
                        .build();
            } catch (RuntimeException e) {
                throw new FiksAuthenticationException(
                        "Could not set up the Maskinporten client for " + endpoint + " (" + describe(e) + ")", e);
            }
        }
    }
}
