package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.MaskinportenEnvironment;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonTokenSupplier;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksEnvironment;
import io.micrometer.observation.ObservationRegistry;
import no.ks.fiks.maskinporten.MaskinportenklientOperations;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Configures the Fiks clients from the {@code fiks.*} properties ({@link FiksProperties}): the Maskinporten token
 * provider, a {@link FiksClient} for each configured service on the classpath, {@link FiksApis} for any generated
 * API, and the hiding of Fiks secrets from actuator. The facades have their own auto-configurations
 * ({@link FiksSvarInnAutoConfiguration}, {@link FiksInnsynAutoConfiguration}, {@link FiksSvarUtAutoConfiguration}).
 *
 * <p>Every bean backs off when the application defines one of its type (the per-service clients: of its name). It
 * runs after KS's {@code maskinporten-spring-boot-client}, whose {@code Maskinportenklient} bean it reuses.
 */
@AutoConfiguration(afterName = {"no.ks.fiks.maskinporten.MaskinportenAutoConfigure",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@EnableConfigurationProperties(FiksProperties.class)
public class FiksAutoConfiguration {

    /** For Spring. */
    public FiksAutoConfiguration() {
    }

    /**
     * Registers a {@link FiksClient} bean per configured service (see {@link FiksClientsRegistrar}).
     *
     * @return the registrar
     */
    @Bean
    static FiksClientsRegistrar fiksClientsRegistrar() {
        return new FiksClientsRegistrar();
    }

    /**
     * The services on the classpath.
     *
     * @param resourceLoader the application's resource loader, for its class loader
     * @return the catalog
     */
    @Bean
    FiksServiceCatalog fiksServiceCatalog(ResourceLoader resourceLoader) {
        return FiksServiceCatalog.scan(resourceLoader.getClassLoader());
    }

    /**
     * Makes the authentications the settings allow.
     *
     * @param properties the properties
     * @param tokens the Maskinporten tokens, if configured
     * @param personTokens the citizens' tokens, if the application supplies them
     * @return the authentications
     */
    @Bean
    FiksAuthentications fiksAuthentications(FiksProperties properties, ObjectProvider<AccessTokenProvider> tokens,
            ObjectProvider<PersonTokenSupplier> personTokens) {
        return new FiksAuthentications(properties, tokens, personTokens);
    }

    /**
     * Builds the clients from the properties.
     *
     * @param properties the properties
     * @param environment the environment, for the per-service properties
     * @param authentications the authentications
     * @param observationRegistry the observation registry, if any
     * @param customizers the application's customizers
     * @return the factory
     */
    @Bean
    FiksClientFactory fiksClientFactory(FiksProperties properties, Environment environment,
            FiksAuthentications authentications, ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<FiksClientCustomizer> customizers) {
        return new FiksClientFactory(properties, environment, authentications, observationRegistry, customizers);
    }

    /**
     * Creates generated APIs on the service clients.
     *
     * @param beanFactory the bean factory, for the service clients
     * @param catalog the services
     * @param authentications the authentications
     * @return the factory of APIs
     */
    @Bean
    @ConditionalOnMissingBean
    FiksApis fiksApis(BeanFactory beanFactory, FiksServiceCatalog catalog, FiksAuthentications authentications) {
        return new FiksApis(beanFactory, catalog, authentications);
    }

    /**
     * The Maskinporten token provider of the integration: through KS's {@code Maskinportenklient} bean when there is
     * one, else from {@code fiks.maskinporten.*}.
     *
     * @param properties the properties
     * @param maskinportenklient KS's client bean, if any
     * @param factory the client factory, for the observation registry
     * @param customizers the application's customizers
     * @return the provider
     * @throws IllegalStateException if the settings are incomplete or contradict each other
     */
    @Bean
    @ConditionalOnMissingBean(AccessTokenProvider.class)
    @Conditional(MaskinportenConfigured.class)
    MaskinportenTokenProvider fiksMaskinportenTokenProvider(FiksProperties properties,
            ObjectProvider<MaskinportenklientOperations> maskinportenklient, FiksClientFactory factory,
            ObjectProvider<MaskinportenTokenProviderCustomizer> customizers) {
        FiksProperties.Maskinporten settings = properties.getMaskinporten();
        MaskinportenTokenProvider.Builder builder = MaskinportenTokenProvider.builder();
        MaskinportenklientOperations supplied = maskinportenklient.getIfUnique();
        KeyMaterial key = KeySources.read("fiks.maskinporten", settings.getPem().getPrivateKey(),
                settings.getPem().getCertificate(), settings.getPkcs12()).orElse(null);
        if (supplied != null) {
            if (key != null) {
                throw new IllegalStateException("Both a Maskinportenklient bean and fiks.maskinporten key material "
                        + "are configured: remove one, so that tokens have one source");
            }
            builder.maskinportenklient(supplied);
        } else {
            if (key == null) {
                throw new IllegalStateException("Set fiks.maskinporten.pkcs12.path (with password and alias) or "
                        + "fiks.maskinporten.pem.private-key and fiks.maskinporten.pem.certificate");
            }
            if (settings.getPem().getPrivateKey() != null && settings.getPem().getCertificate() == null) {
                throw new IllegalStateException("Set fiks.maskinporten.pem.certificate with "
                        + "fiks.maskinporten.pem.private-key: Maskinporten grants carry the certificate");
            }
            builder.keyMaterial(key);
            target(builder, settings, properties.getEnvironment());
        }
        if (FiksAuthentications.hasText(settings.getIssuer())) {
            builder.issuer(settings.getIssuer());
        }
        builder.scopes(settings.getScopes().toArray(String[]::new));
        if (FiksAuthentications.hasText(settings.getConsumerOrg())) {
            builder.consumerOrg(settings.getConsumerOrg());
        }
        if (settings.getTimeout() != null) {
            builder.timeout(settings.getTimeout());
        }
        factory.observationRegistry().ifPresent(builder::observationRegistry);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static void target(MaskinportenTokenProvider.Builder builder, FiksProperties.Maskinporten settings,
            FiksEnvironment fiksEnvironment) {
        if (settings.getTokenUrl() != null) {
            if (!FiksAuthentications.hasText(settings.getAudience())) {
                throw new IllegalStateException("Set fiks.maskinporten.audience with fiks.maskinporten.token-url");
            }
            builder.tokenEndpoint(settings.getTokenUrl()).audience(settings.getAudience());
        } else if (settings.getEnvironment() != null) {
            builder.environment(settings.getEnvironment());
        } else if (fiksEnvironment != null) {
            builder.environment(fiksEnvironment == FiksEnvironment.PROD ? MaskinportenEnvironment.PROD
                    : MaskinportenEnvironment.TEST);
        } else {
            throw new IllegalStateException("Set fiks.environment or fiks.maskinporten.environment, or "
                    + "fiks.maskinporten.token-url with fiks.maskinporten.audience");
        }
    }

    /** Maskinporten is configured: by {@code fiks.maskinporten.issuer}, or by a KS Maskinportenklient bean. */
    static final class MaskinportenConfigured extends AnyNestedCondition {

        MaskinportenConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "fiks.maskinporten", name = "issuer")
        static final class IssuerSet {
        }

        @ConditionalOnBean(MaskinportenklientOperations.class)
        static final class MaskinportenklientBean {
        }
    }

    /** Hides Fiks secrets from actuator's endpoints, when actuator is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorConfiguration {

        /**
         * The sanitizing function.
         *
         * @return the function
         */
        @Bean
        SanitizingFunction fiksSecretsSanitizingFunction() {
            return new FiksSecretsSanitizer();
        }
    }
}
