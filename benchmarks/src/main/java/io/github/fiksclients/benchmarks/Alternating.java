package io.github.fiksclients.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the variants of a benchmark in turn, one run of each per round, so that drift of the machine (other
 * processes, frequency, the JIT, the garbage collector) hits all of them alike. Measuring one variant in a block and
 * then the other drifts by up to 25 % on a shared machine.
 *
 * <p>The rounds follow the rows of a Williams design (a Latin square balanced for the previous variant): over a cycle
 * of rounds every variant runs in every position, and directly after every other variant, equally often. What ran
 * just before matters: with a plain rotation (each round starting with the next variant) a variant always followed
 * the same other one, and the generated per-call variant, which then followed the call that parses nothing, measured
 * 2 to 7 % slower against its baseline than when the two swapped places (three JVMs each).
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
        int[][] orders = williamsOrders(trials.size());
        for (int round = 0; round < warmupRounds + rounds; round++) {
            for (int variant : orders[round % orders.length]) {
                Run run = timed(trials.get(variant));
                if (round >= warmupRounds) {
                    runs.get(variant).add(run);
                }
            }
        }
        return runs;
    }

    /**
     * The orders of a Williams design for {@code n} variants: {@code n} rows when {@code n} is even, and those rows
     * followed by each of them reversed when it is odd.
     *
     * @param n the number of variants, at least 1
     * @return the orders, one per round of a cycle
     */
    static int[][] williamsOrders(int n) {
        int[] first = new int[n];
        for (int position = 0, low = 0, high = n - 1; position < n; position++) {
            first[position] = position % 2 == 0 ? low++ : high--;
        }
        int rows = n % 2 == 0 ? n : 2 * n;
        int[][] orders = new int[rows][n];
        for (int row = 0; row < n; row++) {
            for (int position = 0; position < n; position++) {
                orders[row][position] = (first[position] + row) % n;
                if (rows > n) {
                    orders[n + row][n - 1 - position] = orders[row][position];
                }
            }
        }
        return orders;
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
