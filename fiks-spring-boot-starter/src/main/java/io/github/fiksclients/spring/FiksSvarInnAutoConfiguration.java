package io.github.fiksclients.spring;

import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Configures a {@link SvarInnClient} from {@code fiks.svarinn.*} when fiks-svarinn-client is on the classpath and a
 * receiving system is set ({@code fiks.svarinn.mottakersystem.id}).
 */
@AutoConfiguration(after = FiksAutoConfiguration.class)
@ConditionalOnClass(SvarInnClient.class)
public class FiksSvarInnAutoConfiguration {

    /** For Spring. */
    public FiksSvarInnAutoConfiguration() {
    }

    /**
     * The SvarInn receiving client.
     *
     * @param properties the properties
     * @param factory applies the runtime options
     * @param customizers the application's customizers
     * @return the client
     * @throws IllegalStateException if the password or the target is missing, or the key is set incompletely
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "fiks.svarinn.mottakersystem", name = "id")
    SvarInnClient svarInnClient(FiksProperties properties, FiksClientFactory factory,
            ObjectProvider<SvarInnClientCustomizer> customizers) {
        FiksProperties.SvarInn settings = properties.getSvarinn();
        if (!FiksAuthentications.hasText(settings.getMottakersystem().getPassword())) {
            throw new IllegalStateException("Set fiks.svarinn.mottakersystem.password with "
                    + "fiks.svarinn.mottakersystem.id");
        }
        SvarInnClient.Builder builder = SvarInnClient.builder();
        factory.configure(builder, FiksAuthentications.SVARINN);
        builder.mottakersystem(settings.getMottakersystem().getId(),
                Secret.of(settings.getMottakersystem().getPassword()));
        KeySources.read("fiks.svarinn", settings.getPrivateKey(), null, settings.getPkcs12())
                .ifPresent(builder::privateKey);
        if (settings.getApiVersion() != null) {
            builder.apiVersion(SvarInnApiVersion.valueOf(settings.getApiVersion().name()));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
