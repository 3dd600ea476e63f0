package io.github.fiksclients.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the variants of a benchmark in turn, one run of each per round, starting each round with the next variant,
 * so that drift of the machine (other processes, frequency, the JIT, the garbage collector) hits all of them alike.
 * Measuring one variant in a block and then the other drifts by up to 25 % on a shared machine.
 */
final class Alternating {

    private Alternating() {
    }

    /**
     * Runs every trial {@code warmupRounds + rounds} times in alternation and keeps the last {@code rounds}.
     *
     * @param trials the variants, baseline first
     * @param warmupRounds rounds whose runs are not kept
     * @param rounds rounds whose runs are kept
     * @return for each trial, in the order given, its kept runs
     * @throws Exception if a trial fails
     */
    static List<List<Run>> measure(List<Trial> trials, int warmupRounds, int rounds) throws Exception {
        List<List<Run>> runs = new ArrayList<>();
        trials.forEach(trial -> runs.add(new ArrayList<>(rounds)));
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int turn = 0; turn < trials.size(); turn++) {
                int variant = (round + turn) % trials.size();
                Run run = timed(trials.get(variant));
                if (round >= warmupRounds) {
                    runs.get(variant).add(run);
                }
            }
        }
        return runs;
    }

    private static Run timed(Trial trial) throws Exception {
        long allocatedBefore = ThreadAllocation.current();
        long start = System.nanoTime();
        trial.run();
        long nanos = System.nanoTime() - start;
        long allocated = ThreadAllocation.current() - allocatedBefore;
        trial.afterEach();
        return new Run(nanos, allocated);
    }
}
