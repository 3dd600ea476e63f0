package io.github.fiksclients.auth;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.function.Supplier;
import no.ks.fiks.maskinporten.error.MaskinportenTokenRequestException;

/**
 * Observes each Maskinporten token request of a {@link MaskinportenTokenProvider} in a Micrometer
 * {@link ObservationRegistry}, as {@value #NAME} with the key values {@code outcome}, {@code status} and
 * {@code exception}. Loaded only when a provider's builder is given a registry.
 */
final class MicrometerTokenRequestObservations implements TokenRequestObservations {

    /** The observation's name. */
    static final String NAME = "fiks.maskinporten.token.requests";

    private final ObservationRegistry registry;

    private MicrometerTokenRequestObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Observes in a registry.
     *
     * @param registry the registry
     * @return the observations, or {@code null} for a no-op registry, which would record nothing
     */
    static TokenRequestObservations of(ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return registry.isNoop() ? null : new MicrometerTokenRequestObservations(registry);
    }

    @Override
    public String observe(Supplier<String> request) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName("maskinporten token")
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            String token = request.get();
            observation.lowCardinalityKeyValue("outcome", "SUCCESS")
                    .lowCardinalityKeyValue("status", "200")
                    .lowCardinalityKeyValue("exception", "none");
            return token;
        } catch (RuntimeException | Error e) {
            Integer status = statusOf(e);
            observation.lowCardinalityKeyValue("outcome", outcome(status))
                    .lowCardinalityKeyValue("status", status == null ? "IO_ERROR" : status.toString())
                    .lowCardinalityKeyValue("exception", rootCause(e).getClass().getSimpleName())
                    .error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    /** The status Maskinporten answered a refused or failed request with, if it answered. */
    private static Integer statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MaskinportenTokenRequestException refused) {
                return refused.getStatusCode();
            }
        }
        return null;
    }

    private static String outcome(Integer status) {
        if (status == null) {
            return "UNKNOWN";
        }
        return status >= 400 && status < 500 ? "CLIENT_ERROR" : status >= 500 && status < 600 ? "SERVER_ERROR"
                : "UNKNOWN";
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
