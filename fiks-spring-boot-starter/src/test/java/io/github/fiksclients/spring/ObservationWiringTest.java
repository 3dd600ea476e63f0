package io.github.fiksclients.spring;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.tilgang.v2.api.TilgangApi;
import io.github.fiksclients.tilgang.v2.model.SjekkTilgangRequest;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.nio.file.Path;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter hands the application's ObservationRegistry to every client and the token provider. */
class ObservationWiringTest {

    @TempDir
    static Path keys;

    private static FiksSimulator simulator;

    private final MockWebServer tilgang = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FiksAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() {
        simulator = FiksSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void startTilgang() throws Exception {
        tilgang.start();
        tilgang.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body("{}").build());
    }

    @AfterEach
    void stopTilgang() {
        tilgang.close();
    }

    private ApplicationContextRunner configured() {
        return runner.withPropertyValues(SimulatorProperties.integrasjon(simulator, keys))
                .withPropertyValues("fiks.tilgang.base-url=" + tilgang.url("/"));
    }

    private static void askTilgang(FiksApis apis) {
        apis.create(TilgangApi.class).harEnEllerFlereTilganger(UUID.randomUUID(),
                new SjekkTilgangRequest().brukerIdent("01017012345")).execute();
    }

    @Test
    void exchangesAndTokenRequestsAreObservedInTheApplicationsRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        configured().withBean(ObservationRegistry.class, () -> registry).run(context -> {
            askTilgang(context.getBean(FiksApis.class));

            assertThat(registry).hasObservationWithNameEqualTo("fiks.client.requests").that()
                    .hasLowCardinalityKeyValue("service", "tilgang")
                    .hasLowCardinalityKeyValue("operation", "HarEnEllerFlereTilganger")
                    .hasLowCardinalityKeyValue("method", "POST")
                    .hasLowCardinalityKeyValue("status", "200");
            assertThat(registry).hasObservationWithNameEqualTo("fiks.maskinporten.token.requests").that()
                    .hasLowCardinalityKeyValue("outcome", "SUCCESS");
        });
    }

    @Test
    void observationsCanBeSwitchedOff() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        configured().withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("fiks.observations.enabled=false").run(context -> {
                    askTilgang(context.getBean(FiksApis.class));

                    assertThat(registry).doesNotHaveAnyObservation();
                });
    }

    @Test
    void aTracerPropagatesW3cTraceContextOnEveryRequest() throws Exception {
        configured().withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                MicrometerTracingAutoConfiguration.class, BraveAutoConfiguration.class)).run(context -> {
                    askTilgang(context.getBean(FiksApis.class));

                    RecordedRequest sent = tilgang.takeRequest();
                    assertThat(sent.getHeaders().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
                });
    }
}
