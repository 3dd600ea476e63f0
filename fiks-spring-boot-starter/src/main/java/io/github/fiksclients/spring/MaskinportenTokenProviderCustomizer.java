package io.github.fiksclients.spring;

import io.github.fiksclients.auth.MaskinportenTokenProvider;

/**
 * Adjusts the builder of the {@link MaskinportenTokenProvider} bean after the {@code fiks.maskinporten.*}
 * properties are applied and before it is built, such as to remember failures for longer. Every bean of this type
 * is called, in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface MaskinportenTokenProviderCustomizer {

    /**
     * Adjusts the provider.
     *
     * @param builder the builder, with properties applied
     */
    void customize(MaskinportenTokenProvider.Builder builder);
}
