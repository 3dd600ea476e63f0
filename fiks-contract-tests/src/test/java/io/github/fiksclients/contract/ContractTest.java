package io.github.fiksclients.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.codegen.Manifest;
import io.github.fiksclients.codegen.ServiceEntry;
import io.github.fiksclients.codegen.SpecEntry;
import io.github.fiksclients.core.FiksCall;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract test: every operation of every spec in {@code specs/specs.json} is called through its generated
 * method, with arguments made from the spec's parameter and body schemas, against a local server, once for each
 * authentication mode its manifest entry accepts; the request must carry what the spec says (see
 * {@link RequestPlan}) and the mode's credentials ({@link Authentications}), and the answer made from the spec's
 * 2xx response must decode into the generated model with all its values ({@link ResponsePlan}).
 *
 * <p>The cases are the spec's operations, not the generated methods: an operation the build generated no method for
 * fails its case. At the end the test prints covered/total per module and in all, and fails below 100%.
 */
class ContractTest {

    private static final Manifest MANIFEST = SpecOperations.manifest();
    private static final List<SpecOperation> OPERATIONS = SpecOperations.all(MANIFEST);
    private static final Map<String, AtomicInteger> PASSED = new ConcurrentHashMap<>();

    private static final AtomicReference<MockResponse> NEXT = new AtomicReference<>();
    private static MockWebServer server;
    private static Authentications authentications;
    private static final Map<String, Object> APIS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse next = NEXT.getAndSet(null);
                return next != null ? next : new MockResponse.Builder().code(599).body("no answer planned").build();
            }
        });
        server.start();
        authentications = new Authentications(server.url("/"));
    }

    @AfterAll
    static void reportCoverage() {
        if (authentications != null) {
            authentications.close();
        }
        if (server != null) {
            server.close();
        }
        Map<String, int[]> byModule = new LinkedHashMap<>();
        for (SpecOperation operation : OPERATIONS) {
            byModule.computeIfAbsent(operation.service().module(), m -> new int[2])[1]++;
        }
        byModule.forEach((module, counts) -> counts[0] = PASSED.getOrDefault(module, new AtomicInteger()).get());
        int covered = byModule.values().stream().mapToInt(c -> c[0]).sum();
        StringBuilder report = new StringBuilder("Contract test coverage (operations whose case passed / operations"
                + " in the specs):\n");
        byModule.forEach((module, counts) -> report.append(String.format("  %-32s %3d/%-3d%n", module, counts[0],
                counts[1])));
        report.append(String.format("  %-32s %3d/%-3d (%d%%)%n", "all", covered, OPERATIONS.size(),
                OPERATIONS.isEmpty() ? 0 : covered * 100 / OPERATIONS.size()));
        System.out.print(report);
        assertThat(covered).as(report.toString()).isEqualTo(OPERATIONS.size());
    }

    static List<SpecOperation> operations() {
        return OPERATIONS;
    }

    @Test
    void everyServiceHasOperationsAndEveryGeneratedMethodIsASpecOperation() {
        List<String> problems = new ArrayList<>();
        for (ServiceEntry service : MANIFEST.services()) {
            if (OPERATIONS.stream().noneMatch(o -> o.service().equals(service))) {
                problems.add(service.module() + ": its specs declare no operation");
            }
            for (SpecEntry spec : service.specs()) {
                Set<String> declared = OPERATIONS.stream().filter(o -> o.spec().equals(spec))
                        .map(SpecOperation::operationId).collect(Collectors.toCollection(TreeSet::new));
                Set<String> generated = new TreeSet<>(GeneratedApi.of(service, spec).operationIds());
                generated.removeAll(declared);
                if (!generated.isEmpty()) {
                    problems.add(spec.file() + ": generated methods for " + generated + ", which the spec does not"
                            + " declare");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theGeneratedCallKeepsTheContractOfItsSpec(SpecOperation operation) throws Throwable {
        GeneratedApi generated;
        Method method;
        try {
            generated = GeneratedApi.of(operation.service(), operation.spec());
            method = generated.method(operation.operationId());
        } catch (AssertionError e) {
            throw new AssertionError(operation + ": " + e.getMessage(), e);
        }
        Gson gson = generated.gson();
        List<AuthenticationMode> modes = generated.authentication();
        assertThat(modes).as("the authentication modes of " + operation.spec().file())
                .isNotEmpty()
                .containsExactlyElementsOf(operation.spec().authentication().stream()
                        .map(AuthenticationMode::fromManifestName).toList());
        for (AuthenticationMode mode : modes) {
            try {
                exchange(operation, generated, method, gson, mode);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(operation + " (" + mode.manifestName() + "): " + e.getMessage(), e);
            }
        }
        PASSED.computeIfAbsent(operation.service().module(), m -> new AtomicInteger()).incrementAndGet();
    }

    private void exchange(SpecOperation operation, GeneratedApi generated, Method method, Gson gson,
            AuthenticationMode mode) throws Throwable {
        Samples samples = new Samples(operation.openApi());
        RequestPlan request = RequestPlan.of(operation, method, gson, samples);
        ResponsePlan response = ResponsePlan.of(operation, method, samples);
        int before = server.getRequestCount();
        NEXT.set(response.response());

        Object result;
        try {
            FiksCall<?> call = (FiksCall<?>) method.invoke(api(generated, method, mode), request.arguments());
            result = call.execute();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }

        RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(recorded).as("the request of " + operation + " (" + mode.manifestName() + ")").isNotNull();
        assertThat(server.getRequestCount() - before).as("requests sent").isEqualTo(1);
        SoftAssertions softly = new SoftAssertions();
        request.check(recorded, softly);
        authentications.check(mode, recorded, softly);
        response.check(result, gson, softly);
        softly.assertAll();
    }

    private static Object api(GeneratedApi generated, Method method, AuthenticationMode mode) {
        Class<?> api = method.getDeclaringClass();
        return APIS.computeIfAbsent(api.getName() + " " + mode, key -> authentications.client(mode).create(api));
    }
}
