package io.github.fiksclients.core;

import com.google.gson.Gson;
import io.github.fiksclients.auth.AuthenticationMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * What the service manifest ({@code specs/specs.json}) says about one generated Fiks API: its service, its base URL
 * per environment, the authentication modes it accepts, the operations that are safe to repeat, and the Gson of its
 * models.
 *
 * <p>The build writes it next to the generated interfaces as {@code fiks-api.properties}, naming each interface's
 * operations; {@link FiksClient} reads it when it creates an API, so none of these facts is written in Java. A Retrofit interface written by hand has no
 * descriptor: it needs an explicit base URL, and only its {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}
 * and {@code OPTIONS} requests are retried. Instances are immutable.
 */
public final class ApiDescriptor {

    /** The name of the resource, in the package of the API interfaces. */
    public static final String RESOURCE = "fiks-api.properties";

    private static final ClassValue<Optional<ApiDescriptor>> CACHE = new ClassValue<>() {
        @Override
        protected Optional<ApiDescriptor> computeValue(Class<?> api) {
            return load(api);
        }
    };

    private final Class<?> api;
    private final Properties properties;
    private final Set<AuthenticationMode> authentication;

    private ApiDescriptor(Class<?> api, Properties properties) {
        this.api = api;
        this.properties = properties;
        String modes = properties.getProperty("authentication", "").strip();
        this.authentication = modes.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(Arrays.stream(modes.split(","))
                        .map(AuthenticationMode::fromManifestName)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuthenticationMode.class))));
    }

    /**
     * Finds the descriptor of a generated API interface.
     *
     * @param api the Retrofit interface
     * @return its descriptor, or empty for an interface the build did not generate from the manifest
     * @throws IllegalStateException if the descriptor exists but cannot be read
     */
    public static Optional<ApiDescriptor> of(Class<?> api) {
        return CACHE.get(Objects.requireNonNull(api, "api"));
    }

    private static Optional<ApiDescriptor> load(Class<?> api) {
        URL resource = api.getResource(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = resource.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the API descriptor " + resource, e);
        }
        String operations = "operation." + api.getSimpleName() + ".";
        boolean describes = properties.stringPropertyNames().stream().anyMatch(key -> key.startsWith(operations));
        return describes ? Optional.of(new ApiDescriptor(api, properties)) : Optional.empty();
    }

    /**
     * The id of the service in the manifest.
     *
     * @return for example {@code svarinn}
     */
    public String service() {
        return properties.getProperty("service", "");
    }

    /**
     * The service's name as KS names it.
     *
     * @return for example {@code SvarInn}
     */
    public String serviceName() {
        return properties.getProperty("serviceName", service());
    }

    /**
     * The spec file the API was generated from, relative to {@code specs/}.
     *
     * @return for example {@code svarinn/svarinn-api-v2.json}
     */
    public String spec() {
        return properties.getProperty("spec", "");
    }

    /**
     * The public base URL the API's paths hang from, in one environment.
     *
     * @param environment test or production
     * @return the base URL, ending with {@code /}, or empty if the manifest names none for that environment
     */
    public Optional<HttpUrl> baseUrl(FiksEnvironment environment) {
        String key = "baseUrl." + Objects.requireNonNull(environment, "environment").name().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).map(BaseUrls::parse);
    }

    /**
     * The authentication modes the API accepts.
     *
     * @return the modes; empty if the API needs none
     */
    public Set<AuthenticationMode> authentication() {
        return authentication;
    }

    /**
     * Tells whether the manifest declares an operation safe to repeat although its method ({@code POST},
     * {@code PATCH}) says otherwise, such as a search or a receipt.
     *
     * @param method a method of a generated API interface
     * @return {@code true} if declared idempotent
     */
    public boolean isIdempotent(Method method) {
        String declared = properties.getProperty("idempotent." + method.getDeclaringClass().getSimpleName());
        return declared != null && Arrays.stream(declared.split(",")).map(String::strip).anyMatch(method.getName()::equals);
    }

    /**
     * The operationId of a generated method, as the spec spells it: a stable, low-cardinality name for logs and
     * metrics.
     *
     * @param method a method of a generated API interface
     * @return the operationId, or empty if the descriptor does not know the method
     */
    public Optional<String> operationId(Method method) {
        return Optional.ofNullable(properties.getProperty(
                "operation." + method.getDeclaringClass().getSimpleName() + "." + method.getName()));
    }

    /**
     * The Gson that reads and writes the API's models: its generated {@code JSON.gson()}.
     *
     * @return the Gson
     * @throws IllegalStateException if the generated class cannot be found
     */
    Gson gson() {
        String json = properties.getProperty("json");
        if (json == null) {
            throw new IllegalStateException("The API descriptor of " + api.getName() + " names no JSON class");
        }
        try {
            Method gson = Class.forName(json.strip(), true, api.getClassLoader()).getMethod("gson");
            return (Gson) gson.invoke(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("Cannot get the Gson of " + api.getName() + " from " + json, cause);
        }
    }

    @Override
    public String toString() {
        return "ApiDescriptor{service=" + service() + ", spec=" + spec() + ", authentication=" + authentication + "}";
    }
}
