package io.github.fiksclients.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of {@link FaultRule}s a simulator applies to incoming requests; get it from
 * {@link FiksSimulator#faults()}.
 *
 * <p>For each request the first queued rule that matches it (in the order the rules were added) is applied
 * once; a rule is removed when it has been applied as many times as it says. Requests no rule matches are
 * answered normally. Faults apply to every path, the Maskinporten token endpoint included.
 */
public final class FaultInjector {

    private final List<Pending> queue = new ArrayList<>();

    FaultInjector() {
    }

    /**
     * Queues a rule after those already queued.
     *
     * @param rule the fault to apply to the next matching requests
     */
    public synchronized void next(FaultRule rule) {
        queue.add(new Pending(Objects.requireNonNull(rule, "rule")));
    }

    /** Removes every queued rule, used or not. */
    public synchronized void clear() {
        queue.clear();
    }

    /**
     * Tells how many more requests the queued rules will affect.
     *
     * @return the sum of the remaining applications of all queued rules; 0 when all are used up
     */
    public synchronized int pending() {
        return queue.stream().mapToInt(p -> p.remaining).sum();
    }

    synchronized Optional<FaultRule> take(String method, String path) {
        for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (pending.rule.matches(method, path)) {
                pending.remaining--;
                if (pending.remaining == 0) {
                    it.remove();
                }
                return Optional.of(pending.rule);
            }
        }
        return Optional.empty();
    }

    private static final class Pending {
        private final FaultRule rule;
        private int remaining;

        private Pending(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.times();
        }
    }
}
