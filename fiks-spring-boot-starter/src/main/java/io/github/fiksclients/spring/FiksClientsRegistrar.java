package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.PersonTokenSupplier;
import io.github.fiksclients.core.FiksClient;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Registers a {@link FiksClient} bean for each Fiks service on the classpath that is configured: it has a target
 * ({@code fiks.environment} or {@code fiks.<service>.base-url}) and an authentication one of its APIs accepts can be
 * made from the settings. The bean is named after the service ({@code tilgangFiksClient}, {@code innsynFiksClient},
 * {@code ioKatalogFiksClient}); a bean of that name defined by the application is left alone.
 *
 * <p>It runs after every configuration class has registered its beans, so it sees the application's own beans and
 * those of the auto-configurations (the Maskinporten token provider) when it decides.
 */
final class FiksClientsRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
        BeanClassLoaderAware {

    private static final Log LOG = LogFactory.getLog(FiksClientsRegistrar.class);

    private Environment environment;
    private ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (!(registry instanceof ListableBeanFactory beans)) {
            return;
        }
        Binder binder = Binder.get(environment);
        FiksProperties properties = binder.bindOrCreate(FiksProperties.PREFIX, FiksProperties.class);
        boolean hasTokens = beans.getBeanNamesForType(AccessTokenProvider.class, true, false).length > 0;
        boolean hasPersonTokens = beans.getBeanNamesForType(PersonTokenSupplier.class, true, false).length > 0;
        for (FiksService service : FiksServiceCatalog.scan(classLoader).services()) {
            String name = service.beanName();
            if (registry.containsBeanDefinition(name)) {
                continue;
            }
            boolean hasTarget = properties.getEnvironment() != null
                    || FiksAuthentications.hasText(FiksClientFactory.serviceProperties(binder, service.id()).getBaseUrl());
            Set<AuthenticationMode> available = FiksAuthentications.available(properties, service.id(), hasTokens,
                    hasPersonTokens);
            if (!hasTarget || available.stream().noneMatch(service.authentication()::contains)) {
                LOG.debug("No FiksClient bean for " + service.id() + ": "
                        + (hasTarget ? "no authentication it accepts is configured" : "no target is configured"));
                continue;
            }
            registry.registerBeanDefinition(name, definition(service, (BeanFactory) registry));
        }
    }

    private static RootBeanDefinition definition(FiksService service, BeanFactory beanFactory) {
        RootBeanDefinition definition = new RootBeanDefinition(FiksClient.class,
                () -> beanFactory.getBean(FiksClientFactory.class).create(service));
        definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
        definition.setDescription("The FiksClient of " + service.name() + " (" + service.id() + ")");
        return definition;
    }
}
