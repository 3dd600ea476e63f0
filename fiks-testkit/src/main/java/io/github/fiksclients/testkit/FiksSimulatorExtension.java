package io.github.fiksclients.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs one {@link FiksSimulator} per test class and passes it to constructors, test
 * methods and lifecycle methods that declare a {@code FiksSimulator} parameter.
 *
 * <pre>{@code
 * @ExtendWith(FiksSimulatorExtension.class)
 * class MyIntegrationTest {
 *     @Test
 *     void receivesForsendelser(FiksSimulator simulator) { ... }
 * }
 * }</pre>
 *
 * <p>The simulator starts before the class's first test (before {@code @BeforeAll}) and is closed after its
 * last one, so tests of a class share it and its data: give each test its own data (ids, persons) or expect
 * what earlier tests left. {@code @Nested} classes share the outer class's simulator. Register the extension
 * with {@code @ExtendWith}, or on a {@code static} field with {@code @RegisterExtension} to reach the
 * simulator through {@link #simulator()}.
 */
public final class FiksSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FiksSimulatorExtension.class);
    private static final String KEY = "simulator";

    private volatile FiksSimulator simulator;

    /** Creates the extension; JUnit does so for {@code @ExtendWith}. */
    public FiksSimulatorExtension() {
    }

    /**
     * The simulator of the running test class, for a {@code static} {@code @RegisterExtension} field.
     *
     * @return the running simulator
     * @throws IllegalStateException outside a test class run
     */
    public FiksSimulator simulator() {
        FiksSimulator running = simulator;
        if (running == null) {
            throw new IllegalStateException("No Fiks simulator is running: the extension starts one per test class");
        }
        return running;
    }

    /**
     * Starts the class's simulator, unless an enclosing class already has one.
     *
     * @param context the test class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> FiksSimulator.start(), FiksSimulator.class);
    }

    /**
     * Closes the simulator started for this class; a nested class leaves its enclosing class's one running.
     *
     * @param context the test class's context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        FiksSimulator started = context.getStore(NAMESPACE).remove(KEY, FiksSimulator.class);
        if (started != null) {
            started.close();
            simulator = null;
        }
    }

    /**
     * Resolves parameters of type {@link FiksSimulator}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return whether the parameter is a {@code FiksSimulator}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FiksSimulator.class;
    }

    /**
     * Supplies the running simulator of the test class.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context it is resolved in
     * @return the class's simulator
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> FiksSimulator.start(), FiksSimulator.class);
    }
}
