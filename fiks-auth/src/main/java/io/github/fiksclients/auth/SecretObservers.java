package io.github.fiksclients.auth;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Tells the project's secret scan (a test library, never published) every value wrapped in a {@link Secret}, so
 * that it can fail a test whose output shows one, whatever value the test chose.
 *
 * <p>The scan cannot depend on this module (this module's own tests run under it), so it offers a
 * {@code java.util.function.Consumer<String>} through {@code META-INF/services/java.util.function.Consumer}. Only
 * providers in the scan's own package {@value #OBSERVER_PACKAGE} are taken; other {@code Consumer} services on the
 * class path are not even instantiated. Without the scan (in production) the list is empty: {@link Secret#of} then
 * costs one check of an empty list, and does nothing more.
 */
final class SecretObservers {

    /** The package of the only providers taken: the secret scan's. */
    static final String OBSERVER_PACKAGE = "io.github.fiksclients.secretscan";

    private static final List<Consumer<String>> OBSERVERS = load();

    private SecretObservers() {
    }

    /**
     * Hands a new secret value to the observers, if there are any.
     *
     * @param value the value just wrapped
     */
    static void observe(String value) {
        for (Consumer<String> observer : OBSERVERS) {
            observer.accept(value);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Consumer<String>> load() {
        try {
            return ServiceLoader.load(Consumer.class, SecretObservers.class.getClassLoader()).stream()
                    .filter(provider -> provider.type().getPackageName().equals(OBSERVER_PACKAGE))
                    .map(provider -> (Consumer<String>) provider.get())
                    .toList();
        } catch (java.util.ServiceConfigurationError e) {
            return List.of();
        }
    }
}
