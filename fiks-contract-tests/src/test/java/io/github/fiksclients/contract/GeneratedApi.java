package io.github.fiksclients.contract;

import com.google.gson.Gson;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.codegen.ServiceEntry;
import io.github.fiksclients.codegen.SpecEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the build generated for one spec, found through its API descriptor ({@code fiks-api.properties}): the
 * interface and method of each operationId, the accepted authentication modes and the models' Gson.
 */
final class GeneratedApi {

    private final SpecEntry spec;
    private final Properties descriptor;
    private final Map<String, String> methodByOperationId = new LinkedHashMap<>();

    private GeneratedApi(SpecEntry spec, Properties descriptor) {
        this.spec = spec;
        this.descriptor = descriptor;
        for (String key : descriptor.stringPropertyNames()) {
            if (key.startsWith("operation.")) {
                methodByOperationId.put(descriptor.getProperty(key), key.substring("operation.".length()));
            }
        }
    }

    /**
     * Finds the generated code of a spec on the test class path.
     *
     * @param service the spec's service
     * @param spec the spec
     * @return the generated API
     * @throws AssertionError if the module is not a dependency of this one
     */
    static GeneratedApi of(ServiceEntry service, SpecEntry spec) {
        String resource = spec.apiPackage().replace('.', '/') + "/fiks-api.properties";
        URL url = GeneratedApi.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new AssertionError("No " + resource + " on the class path: add " + service.module()
                    + " to the dependencies of fiks-contract-tests/pom.xml");
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedApi(spec, properties);
    }

    /**
     * The generated method of an operation.
     *
     * @param operationId the operationId as the spec spells it
     * @return the interface method
     * @throws AssertionError if the descriptor names no method for it, or the method does not exist
     */
    Method method(String operationId) {
        String interfaceAndMethod = methodByOperationId.get(operationId);
        if (interfaceAndMethod == null) {
            throw new AssertionError("The descriptor of " + spec.file() + " maps no generated method to the operationId "
                    + operationId + " (it maps " + methodByOperationId.keySet() + ")");
        }
        int dot = interfaceAndMethod.indexOf('.');
        Class<?> api = apiClass(interfaceAndMethod.substring(0, dot));
        String name = interfaceAndMethod.substring(dot + 1);
        List<Method> methods = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(name)).toList();
        if (methods.size() != 1) {
            throw new AssertionError(api.getName() + " has " + methods.size() + " methods named " + name);
        }
        return methods.get(0);
    }

    /**
     * Every operationId the descriptor maps to a generated method.
     *
     * @return the operationIds
     */
    java.util.Set<String> operationIds() {
        return methodByOperationId.keySet();
    }

    /**
     * Loads a generated interface.
     *
     * @param simpleName its simple name
     * @return the interface
     */
    Class<?> apiClass(String simpleName) {
        try {
            return Class.forName(spec.apiPackage() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("The descriptor of " + spec.file() + " names " + simpleName
                    + ", which is not generated", e);
        }
    }

    /**
     * The authentication modes the descriptor says the API accepts, in manifest order.
     *
     * @return the modes
     */
    List<AuthenticationMode> authentication() {
        return Arrays.stream(descriptor.getProperty("authentication", "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(AuthenticationMode::fromManifestName)
                .toList();
    }

    /**
     * The Gson of the generated models ({@code JSON.gson()} of the class the descriptor names).
     *
     * @return the Gson
     */
    Gson gson() {
        String json = descriptor.getProperty("json");
        try {
            return (Gson) Class.forName(json).getMethod("gson").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot get the Gson of " + json, e);
        }
    }
}
