package io.github.fiksclients.spring;

import io.github.fiksclients.auth.MaskinportenEnvironment;
import io.github.fiksclients.core.FiksEnvironment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code fiks.*} properties: the environment and the runtime options every Fiks client shares, the integration's
 * credentials, Maskinporten, and the settings of the SvarInn, Innsyn and SvarUt facades.
 *
 * <p>Every service on the classpath also reads {@code fiks.<service>.*} (see {@link Service}), where
 * {@code <service>} is the service's id in the service manifest ({@code svarinn}, {@code innsyn}, {@code tilgang},
 * {@code io-katalog}, ...); a value set there wins over the shared one. Passwords and key files are hidden from
 * actuator's {@code /env} and {@code /configprops}.
 */
@ConfigurationProperties(FiksProperties.PREFIX)
public class FiksProperties extends FiksRuntimeProperties {

    /** The prefix of every property. */
    public static final String PREFIX = "fiks";

    /**
     * The Fiks environment, TEST or PROD: each service is reached at the base URL its manifest names for it, unless
     * fiks.<service>.base-url is set.
     */
    private FiksEnvironment environment;

    /** The integration (integrasjon) the application acts as. */
    private final Integrasjon integrasjon = new Integrasjon();

    /** Where the integration's Maskinporten tokens come from. */
    private final Maskinporten maskinporten = new Maskinporten();

    /** Micrometer observations of the clients' HTTP exchanges and token requests. */
    private final Observations observations = new Observations();

    /** SvarInn: the receiving system (mottakersystem) and its runtime options. */
    private final SvarInn svarinn = new SvarInn();

    /** Innsyn: indexing and search, and its runtime options. */
    private final Innsyn innsyn = new Innsyn();

    /** SvarUt: the konto forsendelser are sent from, and its runtime options. */
    private final SvarUt svarut = new SvarUt();

    /**
     * The environment.
     *
     * @return TEST, PROD, or null if not set
     */
    public FiksEnvironment getEnvironment() {
        return environment;
    }

    /**
     * Sets the environment.
     *
     * @param environment TEST or PROD
     */
    public void setEnvironment(FiksEnvironment environment) {
        this.environment = environment;
    }

    /**
     * The integration's settings.
     *
     * @return the settings
     */
    public Integrasjon getIntegrasjon() {
        return integrasjon;
    }

    /**
     * The Maskinporten settings.
     *
     * @return the settings
     */
    public Maskinporten getMaskinporten() {
        return maskinporten;
    }

    /**
     * The observation settings.
     *
     * @return the settings
     */
    public Observations getObservations() {
        return observations;
    }

    /**
     * The SvarInn settings.
     *
     * @return the settings
     */
    public SvarInn getSvarinn() {
        return svarinn;
    }

    /**
     * The Innsyn settings.
     *
     * @return the settings
     */
    public Innsyn getInnsyn() {
        return innsyn;
    }

    /**
     * The SvarUt settings.
     *
     * @return the settings
     */
    public SvarUt getSvarut() {
        return svarut;
    }

    /**
     * When requests are retried; unset values keep the library's defaults (3 attempts, backoff from 200ms up to 10s,
     * 60s in all).
     */
    public static class Retry {

        /** How many times a request may be sent in all; 1 retries nothing. */
        private Integer maxAttempts;

        /** The ceiling of the first backoff. */
        private Duration initialBackoff;

        /** The ceiling of any backoff. */
        private Duration maxBackoff;

        /** How long all attempts of one request may take together. */
        private Duration maxElapsed;

        /**
         * The maximum number of attempts.
         *
         * @return the number, or null if not set
         */
        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the maximum number of attempts.
         *
         * @param maxAttempts at least 1
         */
        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * The first backoff's ceiling.
         *
         * @return the duration, or null if not set
         */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /**
         * Sets the first backoff's ceiling.
         *
         * @param initialBackoff the duration
         */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /**
         * The ceiling of any backoff.
         *
         * @return the duration, or null if not set
         */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets the ceiling of any backoff.
         *
         * @param maxBackoff the duration
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /**
         * How long all attempts may take.
         *
         * @return the duration, or null if not set
         */
        public Duration getMaxElapsed() {
            return maxElapsed;
        }

        /**
         * Sets how long all attempts may take.
         *
         * @param maxElapsed the duration
         */
        public void setMaxElapsed(Duration maxElapsed) {
            this.maxElapsed = maxElapsed;
        }
    }

    /**
     * The runtime options of one service, {@code fiks.<service>.*}: each one set here wins over the shared
     * {@code fiks.*} one.
     */
    public static class Service extends FiksRuntimeProperties {

        /**
         * The base URL the service's paths hang from, instead of the environment's (a simulator, a proxy): https,
         * or http to a loopback host.
         */
        private String baseUrl;

        /**
         * The base URL.
         *
         * @return the URL, or null to use the environment's
         */
        public String getBaseUrl() {
            return baseUrl;
        }

        /**
         * Sets the base URL.
         *
         * @param baseUrl the URL
         */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }
    }

    /** The integration the application acts as, from Fiks Forvaltning. */
    public static class Integrasjon {

        /** The integration's id (IntegrasjonId). */
        private String id;

        /** The integration's password (IntegrasjonPassord); never shown by actuator. */
        private String password;

        /**
         * The id.
         *
         * @return the id, or null if not set
         */
        public String getId() {
            return id;
        }

        /**
         * Sets the id.
         *
         * @param id the id
         */
        public void setId(String id) {
            this.id = id;
        }

        /**
         * The password.
         *
         * @return the password, or null if not set
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the password.
         *
         * @param password the password
         */
        public void setPassword(String password) {
            this.password = password;
        }
    }

    /**
     * Maskinporten: the client id (issuer) and the key of the organisation's certificate, as PKCS#12 or PEM. Not
     * needed when a Maskinportenklient bean (KS's maskinporten-spring-boot-client) or an AccessTokenProvider bean
     * exists.
     */
    public static class Maskinporten {

        /** The Maskinporten client id that issues the grants. */
        private String issuer;

        /** The Maskinporten environment; defaults to the one of fiks.environment. */
        private MaskinportenEnvironment environment;

        /** A token endpoint instead of the environment's (https, or http to a loopback host); needs audience. */
        private URI tokenUrl;

        /** The audience of the grant for token-url: the issuer URL of the authorization server, without /token. */
        private String audience;

        /** The scopes to request. */
        private List<String> scopes = new ArrayList<>(List.of("ks:fiks"));

        /** The organisation number acted for (a delegation in Altinn), if any. */
        private String consumerOrg;

        /** How long one token request may take (default 10s). */
        private Duration timeout;

        /** The key and certificate as a PKCS#12 keystore. */
        private final Pkcs12 pkcs12 = new Pkcs12();

        /** The key and certificate as PEM files. */
        private final Pem pem = new Pem();

        /**
         * The issuer.
         *
         * @return the client id, or null if not set
         */
        public String getIssuer() {
            return issuer;
        }

        /**
         * Sets the issuer.
         *
         * @param issuer the client id
         */
        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        /**
         * The environment.
         *
         * @return the environment, or null to follow fiks.environment
         */
        public MaskinportenEnvironment getEnvironment() {
            return environment;
        }

        /**
         * Sets the environment.
         *
         * @param environment TEST or PROD
         */
        public void setEnvironment(MaskinportenEnvironment environment) {
            this.environment = environment;
        }

        /**
         * The token endpoint override.
         *
         * @return the URL, or null if not set
         */
        public URI getTokenUrl() {
            return tokenUrl;
        }

        /**
         * Sets the token endpoint override.
         *
         * @param tokenUrl the URL
         */
        public void setTokenUrl(URI tokenUrl) {
            this.tokenUrl = tokenUrl;
        }

        /**
         * The audience override.
         *
         * @return the audience, or null if not set
         */
        public String getAudience() {
            return audience;
        }

        /**
         * Sets the audience override.
         *
         * @param audience the audience
         */
        public void setAudience(String audience) {
            this.audience = audience;
        }

        /**
         * The scopes.
         *
         * @return the scopes
         */
        public List<String> getScopes() {
            return scopes;
        }

        /**
         * Sets the scopes.
         *
         * @param scopes the scopes
         */
        public void setScopes(List<String> scopes) {
            this.scopes = scopes;
        }

        /**
         * The consumer organisation.
         *
         * @return the organisation number, or null if not set
         */
        public String getConsumerOrg() {
            return consumerOrg;
        }

        /**
         * Sets the consumer organisation.
         *
         * @param consumerOrg the organisation number
         */
        public void setConsumerOrg(String consumerOrg) {
            this.consumerOrg = consumerOrg;
        }

        /**
         * The token request timeout.
         *
         * @return the timeout, or null for the default
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the token request timeout.
         *
         * @param timeout the timeout
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * The PKCS#12 key source.
         *
         * @return the settings
         */
        public Pkcs12 getPkcs12() {
            return pkcs12;
        }

        /**
         * The PEM key source.
         *
         * @return the settings
         */
        public Pem getPem() {
            return pem;
        }
    }

    /** A key and its certificate in a PKCS#12 keystore. */
    public static class Pkcs12 {

        /** The keystore file (.p12). */
        private Path path;

        /** The keystore's password, also the key's; never shown by actuator. */
        private String password;

        /** The alias of the key entry. */
        private String alias;

        /**
         * The keystore file.
         *
         * @return the path, or null if not set
         */
        public Path getPath() {
            return path;
        }

        /**
         * Sets the keystore file.
         *
         * @param path the path
         */
        public void setPath(Path path) {
            this.path = path;
        }

        /**
         * The keystore password.
         *
         * @return the password, or null if not set
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the keystore password.
         *
         * @param password the password
         */
        public void setPassword(String password) {
            this.password = password;
        }

        /**
         * The alias.
         *
         * @return the alias, or null if not set
         */
        public String getAlias() {
            return alias;
        }

        /**
         * Sets the alias.
         *
         * @param alias the alias
         */
        public void setAlias(String alias) {
            this.alias = alias;
        }
    }

    /** An unencrypted PEM private key (PKCS#8 or PKCS#1) and its PEM certificate. */
    public static class Pem {

        /** The private key file; its path is never shown by actuator. */
        private Path privateKey;

        /** The certificate file; its first certificate is used. */
        private Path certificate;

        /**
         * The private key file.
         *
         * @return the path, or null if not set
         */
        public Path getPrivateKey() {
            return privateKey;
        }

        /**
         * Sets the private key file.
         *
         * @param privateKey the path
         */
        public void setPrivateKey(Path privateKey) {
            this.privateKey = privateKey;
        }

        /**
         * The certificate file.
         *
         * @return the path, or null if not set
         */
        public Path getCertificate() {
            return certificate;
        }

        /**
         * Sets the certificate file.
         *
         * @param certificate the path
         */
        public void setCertificate(Path certificate) {
            this.certificate = certificate;
        }
    }

    /** Micrometer observations, made when an ObservationRegistry bean exists. */
    public static class Observations {

        /** Whether the clients' HTTP exchanges and token requests are observed. */
        private boolean enabled = true;

        /**
         * Whether observations are made.
         *
         * @return true unless switched off
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Switches observations on or off.
         *
         * @param enabled whether to observe
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** SvarInn (fiks.svarinn.*): the receiving system and its key, beside the service's runtime options. */
    public static class SvarInn extends Service {

        /**
         * The SvarInn API versions (the same as {@code io.github.fiksclients.svarinn.SvarInnApiVersion}, named here so
         * that these properties bind without fiks-svarinn-client on the classpath).
         */
        public enum ApiVersion {
            /** The receiving API v1. */
            V1,
            /** The receiving API v2. */
            V2
        }

        /** The receiving system (mottakersystem) SvarInn authenticates with HTTP Basic. */
        private final Mottakersystem mottakersystem = new Mottakersystem();

        /** The receiving system's private key as an unencrypted PEM file, which forsendelser are encrypted to. */
        private Path privateKey;

        /** The receiving system's private key in a PKCS#12 keystore, instead of private-key. */
        private final Pkcs12 pkcs12 = new Pkcs12();

        /** The SvarInn API version to receive with: V1 or V2 (default V2). */
        private ApiVersion apiVersion;

        /**
         * The receiving system.
         *
         * @return the settings
         */
        public Mottakersystem getMottakersystem() {
            return mottakersystem;
        }

        /**
         * The PEM private key file.
         *
         * @return the path, or null if not set
         */
        public Path getPrivateKey() {
            return privateKey;
        }

        /**
         * Sets the PEM private key file.
         *
         * @param privateKey the path
         */
        public void setPrivateKey(Path privateKey) {
            this.privateKey = privateKey;
        }

        /**
         * The PKCS#12 key source.
         *
         * @return the settings
         */
        public Pkcs12 getPkcs12() {
            return pkcs12;
        }

        /**
         * The API version.
         *
         * @return the version, or null for V2
         */
        public ApiVersion getApiVersion() {
            return apiVersion;
        }

        /**
         * Sets the API version.
         *
         * @param apiVersion V1 or V2
         */
        public void setApiVersion(ApiVersion apiVersion) {
            this.apiVersion = apiVersion;
        }
    }

    /** A SvarInn receiving system, from SvarUt's administration. */
    public static class Mottakersystem {

        /** The receiving system's id. */
        private String id;

        /** The receiving system's service password; never shown by actuator. */
        private String password;

        /**
         * The id.
         *
         * @return the id, or null if not set
         */
        public String getId() {
            return id;
        }

        /**
         * Sets the id.
         *
         * @param id the id
         */
        public void setId(String id) {
            this.id = id;
        }

        /**
         * The password.
         *
         * @return the password, or null if not set
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets the password.
         *
         * @param password the password
         */
        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** Innsyn (fiks.innsyn.*): indexing settings, beside the service's runtime options. */
    public static class Innsyn extends Service {

        /** How many messages go in one index request, 1 to 5000 (default 5000). */
        private Integer batchSize;

        /**
         * The batch size.
         *
         * @return the size, or null for the default
         */
        public Integer getBatchSize() {
            return batchSize;
        }

        /**
         * Sets the batch size.
         *
         * @param batchSize from 1 to 5000
         */
        public void setBatchSize(Integer batchSize) {
            this.batchSize = batchSize;
        }
    }

    /**
     * SvarUt (fiks.svarut.*): the konto forsendelser are sent from and, optionally, SvarUt's certificate, beside the
     * service's runtime options. SvarUt authenticates as the integration (fiks.integrasjon.*) with Maskinporten.
     */
    public static class SvarUt extends Service {

        /** The SvarUt konto (account) forsendelser are sent from; setting it configures the SvarUtClient. */
        private UUID kontoId;

        /**
         * SvarUt's certificate as a PEM file, which kryptert forsendelser are encrypted to; by default the one SvarUt
         * publishes is fetched when first needed.
         */
        private Path certificate;

        /**
         * The konto id.
         *
         * @return the id, or null if not set
         */
        public UUID getKontoId() {
            return kontoId;
        }

        /**
         * Sets the konto id.
         *
         * @param kontoId the id
         */
        public void setKontoId(UUID kontoId) {
            this.kontoId = kontoId;
        }

        /**
         * SvarUt's certificate file.
         *
         * @return the path, or null to fetch the published one
         */
        public Path getCertificate() {
            return certificate;
        }

        /**
         * Sets SvarUt's certificate file.
         *
         * @param certificate the PEM file
         */
        public void setCertificate(Path certificate) {
            this.certificate = certificate;
        }
    }
}
