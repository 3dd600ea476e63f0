package io.github.fiksclients.spring;

import io.github.fiksclients.innsyn.InnsynClient;

/**
 * Adjusts the builder of the {@link InnsynClient} bean after the {@code fiks.*} properties are applied and before
 * it is built. Every bean of this type is called, in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface InnsynClientCustomizer {

    /**
     * Adjusts the client.
     *
     * @param builder the builder, with properties applied
     */
    void customize(InnsynClient.Builder builder);
}
