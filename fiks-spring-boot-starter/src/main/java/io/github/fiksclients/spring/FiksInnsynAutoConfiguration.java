package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.innsyn.InnsynClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Configures an {@link InnsynClient} from {@code fiks.integrasjon.*} and {@code fiks.innsyn.*} when
 * fiks-innsyn-client is on the classpath and an integration is set ({@code fiks.integrasjon.id}). It indexes with
 * the Maskinporten token provider when there is one; searches on a citizen's behalf need none.
 */
@AutoConfiguration(after = FiksAutoConfiguration.class)
@ConditionalOnClass(InnsynClient.class)
public class FiksInnsynAutoConfiguration {

    /** For Spring. */
    public FiksInnsynAutoConfiguration() {
    }

    /**
     * The Innsyn client.
     *
     * @param properties the properties
     * @param factory applies the runtime options
     * @param tokens the Maskinporten tokens, if configured
     * @param customizers the application's customizers
     * @return the client
     * @throws IllegalStateException if the password or the target is missing
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "fiks.integrasjon", name = "id")
    InnsynClient innsynClient(FiksProperties properties, FiksClientFactory factory,
            ObjectProvider<AccessTokenProvider> tokens, ObjectProvider<InnsynClientCustomizer> customizers) {
        FiksProperties.Integrasjon integrasjon = properties.getIntegrasjon();
        if (!FiksAuthentications.hasText(integrasjon.getPassword())) {
            throw new IllegalStateException("Set fiks.integrasjon.password with fiks.integrasjon.id");
        }
        InnsynClient.Builder builder = InnsynClient.builder();
        factory.configure(builder, "innsyn");
        builder.integrasjon(integrasjon.getId(), Secret.of(integrasjon.getPassword()));
        tokens.ifAvailable(builder::accessTokenProvider);
        if (properties.getInnsyn().getBatchSize() != null) {
            builder.batchSize(properties.getInnsyn().getBatchSize());
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
