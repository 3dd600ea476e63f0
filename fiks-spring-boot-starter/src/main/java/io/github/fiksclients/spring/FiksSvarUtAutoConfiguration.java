package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarut.SvarUtClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Configures a {@link SvarUtClient} from {@code fiks.integrasjon.*} and {@code fiks.svarut.*} when fiks-svarut-client
 * is on the classpath and a konto is set ({@code fiks.svarut.konto-id}). It sends as the integration, with the
 * Maskinporten token provider.
 */
@AutoConfiguration(after = FiksAutoConfiguration.class)
@ConditionalOnClass(SvarUtClient.class)
public class FiksSvarUtAutoConfiguration {

    /** The manifest's id of SvarUt, the prefix of its properties. */
    static final String SVARUT = "svarut";

    /** For Spring. */
    public FiksSvarUtAutoConfiguration() {
    }

    /**
     * The SvarUt sending client.
     *
     * @param properties the properties
     * @param factory applies the runtime options
     * @param tokens the Maskinporten tokens
     * @param customizers the application's customizers
     * @return the client
     * @throws IllegalStateException if the integration, the token provider or the target is missing, or SvarUt's
     *     certificate file cannot be read
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(KontoSet.class)
    SvarUtClient svarUtClient(FiksProperties properties, FiksClientFactory factory,
            ObjectProvider<AccessTokenProvider> tokens, ObjectProvider<SvarUtClientCustomizer> customizers) {
        FiksProperties.Integrasjon integrasjon = properties.getIntegrasjon();
        FiksProperties.SvarUt settings = properties.getSvarut();
        if (!FiksAuthentications.hasText(integrasjon.getId()) || !FiksAuthentications.hasText(integrasjon.getPassword())) {
            throw new IllegalStateException("Set fiks.integrasjon.id and fiks.integrasjon.password with "
                    + "fiks.svarut.konto-id: SvarUt sends as the integration");
        }
        AccessTokenProvider accessTokens = tokens.getIfAvailable();
        if (accessTokens == null) {
            throw new IllegalStateException("Set fiks.maskinporten.* (or define a Maskinportenklient or "
                    + "AccessTokenProvider bean) with fiks.svarut.konto-id: SvarUt needs a Maskinporten token");
        }
        SvarUtClient.Builder builder = SvarUtClient.builder();
        factory.configureKeepingFacadeTimeouts(builder, SVARUT);
        builder.konto(settings.getKontoId());
        builder.integrasjon(integrasjon.getId(), Secret.of(integrasjon.getPassword()));
        builder.accessTokenProvider(accessTokens);
        if (settings.getCertificate() != null) {
            builder.svarUtCertificate(certificate(settings.getCertificate()));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * A konto is set: {@code fiks.svarut.konto-id}, in any spelling the binder accepts ({@code kontoId},
     * {@code FIKS_SVARUT_KONTOID}), has a value. An empty one ({@code FIKS_SVARUT_KONTOID=} from a template) configures
     * nothing, as if it were not there.
     */
    static final class KontoSet extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String konto = Binder.get(context.getEnvironment()).bind("fiks.svarut.konto-id", String.class)
                    .orElse(null);
            return FiksAuthentications.hasText(konto) ? ConditionOutcome.match("fiks.svarut.konto-id is set")
                    : ConditionOutcome.noMatch("fiks.svarut.konto-id is not set");
        }
    }

    private static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("fiks.svarut.certificate: the file " + file + " does not exist", e);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("fiks.svarut.certificate: " + file + " holds no PEM or DER X.509 "
                    + "certificate", e);
        }
    }
}
