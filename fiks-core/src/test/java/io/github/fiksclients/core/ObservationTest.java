package io.github.fiksclients.core;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksNotFoundException;
import io.github.fiksclients.errors.FiksTransportException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every HTTP exchange of a client built with an observation registry is one Micrometer observation. */
class ObservationTest {

    private static final String NAME = DefaultFiksHttpObservationConvention.NAME;

    @RegisterExtension
    final TestServer server = new TestServer();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private FiksClient observed() {
        return server.client().observationRegistry(registry).build();
    }

    @Test
    void anExchangeIsObservedWithItsServiceOperationIdMethodStatusAndOutcome() {
        server.enqueueJson(200, "{}");
        TestApi api = observed().create(TestApi.class);

        api.list().execute();

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 1)
                .hasObservationWithNameEqualTo(NAME).that()
                .hasContextualNameEqualTo("test hentForsendelser")
                .hasLowCardinalityKeyValue("service", "test")
                .hasLowCardinalityKeyValue("operation", "hentForsendelser")
                .hasLowCardinalityKeyValue("method", "GET")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasHighCardinalityKeyValue("http.url", server.server.url("/api/v1/forsendelser").toString())
                .hasBeenStarted()
                .hasBeenStopped();
    }

    @Test
    void aMethodTheDescriptorDoesNotNameIsObservedByItsMethodName() {
        server.enqueue(204);

        observed().create(TestApi.class).upsert(Map.of("id", 1)).execute();

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("operation", "upsert")
                .hasLowCardinalityKeyValue("method", "POST")
                .hasLowCardinalityKeyValue("status", "204");
    }

    @Test
    void eachRetryIsAnExchangeOfItsOwn() {
        server.enqueue(503);
        server.enqueueJson(200, "{}");

        observed().create(TestApi.class).list().execute();

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(NAME, 2)
                .hasAnObservation(observation -> observation.hasNameEqualTo(NAME)
                        .hasLowCardinalityKeyValue("status", "503")
                        .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
                        .hasLowCardinalityKeyValue("exception", "none"))
                .hasAnObservation(observation -> observation.hasNameEqualTo(NAME)
                        .hasLowCardinalityKeyValue("status", "200")
                        .hasLowCardinalityKeyValue("outcome", "SUCCESS"));
    }

    @Test
    void anErrorStatusIsAnOutcomeNotAnException() {
        server.enqueue(404);
        TestApi api = observed().create(TestApi.class);

        assertThatThrownBy(() -> api.list().execute()).isInstanceOf(FiksNotFoundException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("status", "404")
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("exception", "none");
    }

    @Test
    void anExchangeWithoutResponseNamesItsException() throws Exception {
        MockWebServer closed = new MockWebServer();
        closed.start();
        HttpUrl url = closed.url("/");
        closed.close();
        FiksClient client = FiksClient.builder().baseUrl(url).retryPolicy(RetryPolicy.none())
                .connectTimeout(Duration.ofSeconds(2)).observationRegistry(registry).build();

        assertThatThrownBy(() -> client.create(TestApi.class).list().execute())
                .isInstanceOf(FiksTransportException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("status", "IO_ERROR")
                .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
                .hasLowCardinalityKeyValue("exception", "ConnectException")
                .hasError();
    }

    @Test
    void aRawRequestIsOperationRawOfTheServiceTheClientServes() throws Exception {
        server.enqueue(200);
        FiksClient client = observed();
        client.create(TestApi.class);

        try (Response response = client.execute(new Request.Builder().url(server.server.url("/download?id=7")).build())) {
            assertThat(response.code()).isEqualTo(200);
        }

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("service", "test")
                .hasLowCardinalityKeyValue("operation", "raw")
                .hasHighCardinalityKeyValue("http.url", server.server.url("/download").toString());
    }

    @Test
    void aRawRequestOfAClientWithoutApisHasAnUnknownService() throws Exception {
        server.enqueue(200);

        try (Response response = observed().execute(new Request.Builder().url(server.server.url("/x")).build())) {
            assertThat(response.code()).isEqualTo(200);
        }

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("service", "unknown")
                .hasLowCardinalityKeyValue("operation", "raw");
    }

    @Test
    void credentialsRefusedForAnotherOriginAreObservedAsAnAuthenticationFailure() throws Exception {
        FiksClient client = server.client().observationRegistry(registry)
                .authentication(FiksAuthentication.basic("mottaker", Secret.of("observed-basic-password")))
                .build();
        Request elsewhere = new Request.Builder().url("http://127.0.0.2:9/elsewhere").build();

        assertThatThrownBy(() -> client.execute(elsewhere)).isInstanceOf(FiksAuthenticationException.class);

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that()
                .hasLowCardinalityKeyValue("exception", "FiksAuthenticationException")
                .hasLowCardinalityKeyValue("status", "IO_ERROR");
        assertThat(server.requests()).isZero();
    }

    @Test
    void whatATracingHandlerPropagatesIsSentWithTheRequest() throws Exception {
        registry.observationConfig().observationHandler(new PropagatingHandler());
        server.enqueueJson(200, "{}");

        observed().create(TestApi.class).list().execute();

        RecordedRequest sent = server.take();
        assertThat(sent.getHeaders().get("traceparent"))
                .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void aSynchronousCallIsAChildOfTheObservationCurrentOnTheCallersThread() {
        server.enqueueJson(200, "{}");
        TestApi api = observed().create(TestApi.class);
        Observation parent = Observation.start("archive.import", registry);

        try (Observation.Scope scope = parent.openScope()) {
            api.list().execute();
        } finally {
            parent.stop();
        }

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that().hasParentObservationEqualTo(parent);
    }

    @Test
    void anAsynchronousCallIsAChildOfTheObservationCurrentWhereItWasMade() throws Exception {
        server.enqueueJson(200, "{}");
        TestApi api = observed().create(TestApi.class);
        Observation parent = Observation.start("archive.import", registry);

        try (Observation.Scope scope = parent.openScope()) {
            api.list().executeAsync().get(10, TimeUnit.SECONDS);
        } finally {
            parent.stop();
        }

        assertThat(registry).hasObservationWithNameEqualTo(NAME).that().hasParentObservationEqualTo(parent);
    }

    @Test
    void aNoopRegistryAddsNothingToThePipeline() {
        FiksClient plain = server.client().build();
        FiksClient noop = server.client().observationRegistry(ObservationRegistry.NOOP).build();

        assertThat(noop.httpClient().interceptors()).hasSameSizeAs(plain.httpClient().interceptors());
        assertThat(observed().httpClient().interceptors()).hasSize(plain.httpClient().interceptors().size() + 1);
    }

    /** Puts a fixed W3C trace context on the carrier, as a tracing handler does when the exchange starts. */
    private static final class PropagatingHandler implements ObservationHandler<FiksHttpObservationContext> {

        @Override
        public void onStart(FiksHttpObservationContext context) {
            context.getSetter().set(context.getCarrier(), "traceparent",
                    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof FiksHttpObservationContext;
        }
    }
}
