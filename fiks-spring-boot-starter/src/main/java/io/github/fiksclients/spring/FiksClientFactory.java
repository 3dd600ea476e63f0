package io.github.fiksclients.spring;

import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksClientBuilder;
import io.github.fiksclients.core.RetryPolicy;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code fiks.*} runtime options to any Fiks client builder ({@link FiksClient.Builder}, the facades'),
 * each service's {@code fiks.<service>.*} over the shared ones, and builds each service's {@link FiksClient}.
 */
final class FiksClientFactory {

    private final FiksProperties properties;
    private final Binder binder;
    private final FiksAuthentications authentications;
    private final ObjectProvider<ObservationRegistry> observationRegistry;
    private final ObjectProvider<FiksClientCustomizer> customizers;

    FiksClientFactory(FiksProperties properties, Environment environment, FiksAuthentications authentications,
            ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<FiksClientCustomizer> customizers) {
        this.properties = properties;
        this.binder = Binder.get(environment);
        this.authentications = authentications;
        this.observationRegistry = observationRegistry;
        this.customizers = customizers;
    }

    /**
     * Builds the client of a service, authenticated as the settings allow.
     *
     * @param service the service
     * @return the client
     * @throws IllegalStateException if the service has no target or no authentication can be made for it
     */
    FiksClient create(FiksService service) {
        FiksClient.Builder builder = FiksClient.builder();
        configure(builder, service.id());
        builder.authentication(authentications.forModes(service.id(), service.authentication())
                .orElseThrow(() -> new IllegalStateException("No authentication for " + service.name() + " ("
                        + service.id() + "): set " + FiksAuthentications.whatToConfigure(service.id(),
                                service.authentication()))));
        customizers.orderedStream().forEach(customizer -> customizer.customize(service.id(), builder));
        return builder.build();
    }

    /**
     * The runtime options of one service as set, without the shared ones.
     *
     * @param service the manifest's id of the service
     * @return the bound {@code fiks.<service>.*} options
     */
    FiksProperties.Service serviceProperties(String service) {
        return serviceProperties(binder, service);
    }

    static FiksProperties.Service serviceProperties(Binder binder, String service) {
        return binder.bindOrCreate(FiksProperties.PREFIX + "." + service, FiksProperties.Service.class);
    }

    /**
     * Applies the runtime options of a service to a builder: the target (its base URL, else the environment), the
     * timeouts, the retry policy, the log level, the user agent and the observation registry.
     *
     * @param builder the builder of a Fiks client or facade
     * @param service the manifest's id of the service
     * @throws IllegalStateException if neither {@code fiks.<service>.base-url} nor {@code fiks.environment} is set
     */
    void configure(FiksClientBuilder<?, ?> builder, String service) {
        configure(builder, service, true);
    }

    /**
     * Applies the runtime options of a service to the builder of a facade whose default read, write and call
     * timeouts are made for it (SvarUt's, sized for a large send): only {@code fiks.<service>.*} replaces those, so
     * a shared {@code fiks.call-timeout} meant for short calls does not cut off a large send.
     *
     * @param builder the builder of the facade
     * @param service the manifest's id of the service
     * @throws IllegalStateException if neither {@code fiks.<service>.base-url} nor {@code fiks.environment} is set
     */
    void configureKeepingFacadeTimeouts(FiksClientBuilder<?, ?> builder, String service) {
        configure(builder, service, false);
    }

    private void configure(FiksClientBuilder<?, ?> builder, String service, boolean sharedTimeouts) {
        FiksProperties.Service own = serviceProperties(service);
        if (FiksAuthentications.hasText(own.getBaseUrl())) {
            builder.baseUrl(own.getBaseUrl().strip());
        } else if (properties.getEnvironment() != null) {
            builder.environment(properties.getEnvironment());
        } else {
            throw new IllegalStateException("Set fiks.environment (TEST or PROD), or fiks." + service + ".base-url");
        }
        apply(own.getConnectTimeout(), properties.getConnectTimeout(), builder::connectTimeout);
        apply(own.getReadTimeout(), sharedTimeouts ? properties.getReadTimeout() : null, builder::readTimeout);
        apply(own.getWriteTimeout(), sharedTimeouts ? properties.getWriteTimeout() : null, builder::writeTimeout);
        apply(own.getCallTimeout(), sharedTimeouts ? properties.getCallTimeout() : null, builder::callTimeout);
        apply(own.getLogLevel(), properties.getLogLevel(), builder::logLevel);
        apply(own.getUserAgentSuffix(), properties.getUserAgentSuffix(), builder::userAgentSuffix);
        retryPolicy(own.getRetry(), properties.getRetry()).ifPresent(builder::retryPolicy);
        observationRegistry().ifPresent(builder::observationRegistry);
    }

    /**
     * The observation registry the clients report to.
     *
     * @return the registry bean, unless there is none or {@code fiks.observations.enabled} is false
     */
    Optional<ObservationRegistry> observationRegistry() {
        return properties.getObservations().isEnabled() ? Optional.ofNullable(observationRegistry.getIfAvailable())
                : Optional.empty();
    }

    private static <T> void apply(T own, T shared, Consumer<T> setter) {
        T value = own != null ? own : shared;
        if (value != null) {
            setter.accept(value);
        }
    }

    private static Optional<RetryPolicy> retryPolicy(FiksProperties.Retry own, FiksProperties.Retry shared) {
        Integer maxAttempts = first(own.getMaxAttempts(), shared.getMaxAttempts());
        java.time.Duration initialBackoff = first(own.getInitialBackoff(), shared.getInitialBackoff());
        java.time.Duration maxBackoff = first(own.getMaxBackoff(), shared.getMaxBackoff());
        java.time.Duration maxElapsed = first(own.getMaxElapsed(), shared.getMaxElapsed());
        if (maxAttempts == null && initialBackoff == null && maxBackoff == null && maxElapsed == null) {
            return Optional.empty();
        }
        RetryPolicy.Builder policy = RetryPolicy.builder();
        apply(maxAttempts, null, policy::maxAttempts);
        apply(initialBackoff, null, policy::initialBackoff);
        apply(maxBackoff, null, policy::maxBackoff);
        apply(maxElapsed, null, policy::maxElapsed);
        return Optional.of(policy.build());
    }

    private static <T> T first(T own, T shared) {
        return own != null ? own : shared;
    }
}
