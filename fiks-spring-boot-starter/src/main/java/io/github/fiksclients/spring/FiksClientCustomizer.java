package io.github.fiksclients.spring;

import io.github.fiksclients.core.FiksClient;

/**
 * Adjusts the builder of each service's {@link FiksClient} bean after the {@code fiks.*} properties are applied and
 * before it is built, such as to set an own {@code OkHttpClient}. Every bean of this type is called, in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface FiksClientCustomizer {

    /**
     * Adjusts one service's client.
     *
     * @param service the manifest's id of the service, such as {@code tilgang}
     * @param builder the builder, with properties and authentication applied
     */
    void customize(String service, FiksClient.Builder builder);
}
