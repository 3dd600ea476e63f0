package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.core.ApiDescriptor;
import io.github.fiksclients.core.FiksClient;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;

/**
 * Makes any generated Fiks API injectable: {@code fiksApis.create(TilgangApi.class)} creates the API on the
 * {@link FiksClient} bean of the service its descriptor names (the {@code tilgangFiksClient} bean), with an
 * authentication the API accepts.
 *
 * <pre>{@code
 * @Bean
 * TilgangApi tilgangApi(FiksApis fiksApis) {
 *     return fiksApis.create(TilgangApi.class);
 * }
 * }</pre>
 *
 * <p>When the API accepts another authentication mode than its service's client uses (Innsyn's searches accept
 * integrasjon-person only, while its client indexes with integrasjon), the API is created on a sibling of the client
 * that shares its connections and authenticates as the API needs, if the settings allow it. Thread-safe.
 */
public final class FiksApis {

    private final BeanFactory beanFactory;
    private final FiksServiceCatalog catalog;
    private final FiksAuthentications authentications;

    FiksApis(BeanFactory beanFactory, FiksServiceCatalog catalog, FiksAuthentications authentications) {
        this.beanFactory = beanFactory;
        this.catalog = catalog;
        this.authentications = authentications;
    }

    /**
     * Creates an implementation of a generated Fiks API.
     *
     * @param api the generated interface, such as {@code TilgangApi.class}
     * @param <T> the interface type
     * @return the implementation
     * @throws IllegalArgumentException if the interface is not a generated Fiks API
     * @throws IllegalStateException if the service's client is not configured, or no authentication the API accepts
     *     can be made from the settings
     */
    public <T> T create(Class<T> api) {
        Objects.requireNonNull(api, "api");
        ApiDescriptor descriptor = ApiDescriptor.of(api).orElseThrow(() -> new IllegalArgumentException(
                api.getName() + " is not a generated Fiks API (it has no " + ApiDescriptor.RESOURCE + ")"));
        String service = descriptor.service();
        String beanName = FiksService.beanName(service);
        if (!beanFactory.containsBean(beanName)) {
            Set<AuthenticationMode> modes = catalog.service(service).map(FiksService::authentication)
                    .orElse(descriptor.authentication());
            throw new IllegalStateException("No FiksClient for " + descriptor.serviceName() + " (" + service
                    + ") to create " + api.getSimpleName() + ": set fiks.environment or fiks." + service
                    + ".base-url, and " + FiksAuthentications.whatToConfigure(service, modes)
                    + ", or define a FiksClient bean named " + beanName);
        }
        FiksClient client = beanFactory.getBean(beanName, FiksClient.class);
        Set<AuthenticationMode> accepted = descriptor.authentication();
        if (accepted.isEmpty() || clientFits(client, accepted)) {
            return client.create(api);
        }
        FiksAuthentication fitting = authentications.forModes(service, accepted)
                .orElseThrow(() -> new IllegalStateException(api.getSimpleName() + " (" + descriptor.serviceName()
                        + ") authenticates with " + names(accepted) + ": set "
                        + FiksAuthentications.whatToConfigure(service, accepted)));
        return client.withAuthentication(fitting).create(api);
    }

    /** Whether the client's own authentication is one the API accepts. */
    private static boolean clientFits(FiksClient client, Set<AuthenticationMode> accepted) {
        return client.authenticationMode().filter(accepted::contains).isPresent();
    }

    private static String names(Set<AuthenticationMode> modes) {
        return String.join(" or ", modes.stream().map(AuthenticationMode::manifestName).toList());
    }

    @Override
    public String toString() {
        return "FiksApis{services=" + catalog.services().stream().map(FiksService::id).toList() + "}";
    }
}
