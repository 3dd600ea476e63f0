package io.github.fiksclients.spring;

import io.github.fiksclients.svarut.SvarUtClient;

/**
 * Adjusts the builder of the {@link SvarUtClient} bean after the {@code fiks.*} properties are applied and before it
 * is built, such as to give SvarUt's certificate from a vault. Every bean of this type is called, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface SvarUtClientCustomizer {

    /**
     * Adjusts the client.
     *
     * @param builder the builder, with properties applied
     */
    void customize(SvarUtClient.Builder builder);
}
