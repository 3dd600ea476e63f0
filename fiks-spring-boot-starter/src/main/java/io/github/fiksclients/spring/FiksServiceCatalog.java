package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.core.ApiDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The Fiks services whose client modules are on the classpath, read from the API descriptors
 * ({@value ApiDescriptor#RESOURCE}) the build writes into each module from the service manifest: so a service added
 * to the manifest is configured like every other, with no list kept here.
 */
final class FiksServiceCatalog {

    private static final String PATTERN = ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
            + "io/github/fiksclients/**/" + ApiDescriptor.RESOURCE;

    private final Map<String, FiksService> services;

    private FiksServiceCatalog(Map<String, FiksService> services) {
        this.services = Collections.unmodifiableMap(services);
    }

    /**
     * Reads the descriptors on a class loader's classpath.
     *
     * @param classLoader the application's class loader
     * @return the catalog
     * @throws UncheckedIOException if a descriptor cannot be read
     */
    static FiksServiceCatalog scan(ClassLoader classLoader) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<AuthenticationMode>> modes = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(classLoader).getResources(PATTERN);
            Arrays.sort(resources, (a, b) -> String.valueOf(a.getDescription()).compareTo(b.getDescription()));
            for (Resource resource : resources) {
                Properties descriptor = read(resource);
                String id = descriptor.getProperty("service", "").strip();
                if (id.isEmpty()) {
                    continue;
                }
                names.putIfAbsent(id, descriptor.getProperty("serviceName", id).strip());
                Set<AuthenticationMode> serviceModes = modes.computeIfAbsent(id,
                        any -> EnumSet.noneOf(AuthenticationMode.class));
                String declared = descriptor.getProperty("authentication", "").strip();
                if (!declared.isEmpty()) {
                    Arrays.stream(declared.split(",")).map(AuthenticationMode::fromManifestName)
                            .forEach(serviceModes::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Fiks API descriptors on the classpath", e);
        }
        Map<String, FiksService> services = new LinkedHashMap<>();
        names.forEach((id, name) -> services.put(id,
                new FiksService(id, name, Collections.unmodifiableSet(modes.get(id)))));
        return new FiksServiceCatalog(services);
    }

    private static Properties read(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The services found.
     *
     * @return the services, in a stable order
     */
    Collection<FiksService> services() {
        return services.values();
    }

    /**
     * Finds a service.
     *
     * @param id the manifest's id
     * @return the service, or empty if its module is not on the classpath
     */
    Optional<FiksService> service(String id) {
        return Optional.ofNullable(services.get(id));
    }
}
