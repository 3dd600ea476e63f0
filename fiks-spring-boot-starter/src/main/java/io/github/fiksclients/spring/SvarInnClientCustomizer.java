package io.github.fiksclients.spring;

import io.github.fiksclients.svarinn.SvarInnClient;

/**
 * Adjusts the builder of the {@link SvarInnClient} bean after the {@code fiks.*} properties are applied and before
 * it is built, such as to set its extraction limits. Every bean of this type is called, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface SvarInnClientCustomizer {

    /**
     * Adjusts the client.
     *
     * @param builder the builder, with properties applied
     */
    void customize(SvarInnClient.Builder builder);
}
