package io.github.fiksclients.benchmarks;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The median and 90th percentile of one quantity over a variant's runs.
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param p90 the value that 90 % of the runs do not exceed (nearest rank)
 */
record Stats(double median, double p90) {

    /**
     * Summarizes one quantity of some runs.
     *
     * @param runs at least one run
     * @param quantity which number of a run, such as {@link Run#nanos()}
     * @param <T> what a run is
     * @return its median and 90th percentile
     * @throws IllegalArgumentException if there are no runs
     */
    static <T> Stats of(List<T> runs, ToLongFunction<T> quantity) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarize");
        }
        long[] values = runs.stream().mapToLong(quantity).sorted().toArray();
        int middle = values.length / 2;
        double median = values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
        int p90Rank = (int) Math.ceil(0.9 * values.length);
        return new Stats(median, values[Math.max(0, p90Rank - 1)]);
    }
}
