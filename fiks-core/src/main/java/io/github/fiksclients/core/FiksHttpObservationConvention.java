package io.github.fiksclients.core;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the observation of a Fiks HTTP exchange and its key values. Register an implementation as a
 * {@link io.micrometer.observation.GlobalObservationConvention} on the {@code ObservationRegistry} to replace
 * {@link DefaultFiksHttpObservationConvention}, or extend that class to add key values.
 */
public interface FiksHttpObservationConvention extends ObservationConvention<FiksHttpObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof FiksHttpObservationContext;
    }
}
