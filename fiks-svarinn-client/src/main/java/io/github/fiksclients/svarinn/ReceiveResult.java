package io.github.fiksclients.svarinn;

import java.util.List;

/**
 * What one {@link SvarInnClient#receive} did: the forsendelser it acknowledged and those it did not, with why.
 *
 * @param acknowledged the ids of the forsendelser handled and acknowledged, in order
 * @param failures the forsendelser not acknowledged, in order; SvarInn offers them again
 */
public record ReceiveResult(List<String> acknowledged, List<ReceiveFailure> failures) {

    /**
     * Creates the value; the lists are copied.
     *
     * @param acknowledged the ids of the acknowledged forsendelser
     * @param failures the forsendelser not acknowledged
     */
    public ReceiveResult {
        acknowledged = List.copyOf(acknowledged);
        failures = List.copyOf(failures);
    }

    /**
     * Tells whether any forsendelse was not acknowledged.
     *
     * @return {@code true} if there are failures
     */
    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
