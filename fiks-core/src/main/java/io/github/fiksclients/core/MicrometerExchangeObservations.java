package io.github.fiksclients.core;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * Observes every HTTP exchange of a {@link FiksClient} in a Micrometer {@link ObservationRegistry}: one observation
 * per attempt, named by {@link DefaultFiksHttpObservationConvention} (or a global convention registered for
 * {@link FiksHttpObservationContext}), its request the carrier of whatever a tracing handler propagates.
 *
 * <p>The only class of the runtime that uses Micrometer's API besides the public context and convention types; it
 * is loaded only when a builder is given a registry.
 */
final class MicrometerExchangeObservations implements ExchangeObservations {

    private static final FiksHttpObservationConvention DEFAULT_CONVENTION = new DefaultFiksHttpObservationConvention();

    /** Marks that the client has created APIs of more than one service. */
    private static final String MIXED = "";

    private final ObservationRegistry registry;
    private final AtomicReference<String> createdService = new AtomicReference<>();

    private MicrometerExchangeObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Observes in a registry.
     *
     * @param registry the registry
     * @return the observations, or {@code null} for a no-op registry, which would record nothing
     */
    static ExchangeObservations of(ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return registry.isNoop() ? null : new MicrometerExchangeObservations(registry);
    }

    @Override
    public Interceptor interceptor() {
        return this::observe;
    }

    @Override
    public Request bindToCaller(Request request) {
        Observation current = registry.getCurrentObservation();
        return current == null ? request : request.newBuilder().tag(CallerObservation.class,
                new CallerObservation(current)).build();
    }

    @Override
    public void apiCreated(ApiDescriptor descriptor) {
        String service = descriptor.service();
        createdService.updateAndGet(known -> known == null || known.equals(service) ? service : MIXED);
    }

    private Response observe(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder carrier = request.newBuilder();
        FiksHttpObservationContext context = new FiksHttpObservationContext(request, carrier, service(request),
                operation(request));
        Observation observation = Observation.createNotStarted(null, DEFAULT_CONVENTION, () -> context, registry);
        CallerObservation caller = request.tag(CallerObservation.class);
        if (caller != null && registry.getCurrentObservation() == null) {
            // An asynchronous call: on OkHttp's thread, the caller's observation is the parent.
            observation.parentObservation(caller.observation());
        }
        observation.start();
        try (Observation.Scope scope = observation.openScope()) {
            Response response = chain.proceed(observation.isNoop() ? request : carrier.build());
            context.setResponse(response);
            return response;
        } catch (IOException | RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private String service(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation != null) {
            String described = ApiDescriptor.of(invocation.method().getDeclaringClass())
                    .map(ApiDescriptor::service)
                    .filter(service -> !service.isEmpty())
                    .orElse(null);
            if (described != null) {
                return described;
            }
        }
        String created = createdService.get();
        return created == null || created.equals(MIXED) ? DefaultFiksHttpObservationConvention.UNKNOWN : created;
    }

    private static String operation(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null) {
            return DefaultFiksHttpObservationConvention.RAW;
        }
        Method method = invocation.method();
        return ApiDescriptor.of(method.getDeclaringClass())
                .flatMap(descriptor -> descriptor.operationId(method))
                .orElse(method.getName());
    }

    /** The observation current on the thread that made a call, carried by its request to OkHttp's threads. */
    private record CallerObservation(Observation observation) {
    }
}
