package io.github.fiksclients.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * How precisely a run pins down a ratio of medians: resamples each variant's runs with replacement many times and
 * takes the middle 95% of the ratios (a percentile bootstrap). A narrow interval means enough runs were measured for
 * the median; an interval that crosses the target means the verdict is down to chance.
 */
final class Bootstrap {

    private static final int RESAMPLES = 400;
    private static final long SEED = 20_261_207L;

    private Bootstrap() {
    }

    /**
     * The 95% interval of the ratio of fiks-clients' median to the baseline's.
     *
     * @param baseline the baseline's runs
     * @param fiks fiks-clients' runs
     * @param quantity which number of a run
     * @param <T> what a run is
     * @return the lower and upper bound
     */
    static <T> double[] ratioOfMedians(List<T> baseline, List<T> fiks, ToLongFunction<T> quantity) {
        long[] base = baseline.stream().mapToLong(quantity).toArray();
        long[] ours = fiks.stream().mapToLong(quantity).toArray();
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        long[] scratchBase = new long[base.length];
        long[] scratchOurs = new long[ours.length];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = medianOfResample(ours, scratchOurs, random) / medianOfResample(base, scratchBase, random);
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (RESAMPLES * 0.025)], ratios[(int) (RESAMPLES * 0.975) - 1]};
    }

    private static double medianOfResample(long[] values, long[] scratch, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            scratch[i] = values[random.nextInt(values.length)];
        }
        Arrays.sort(scratch);
        int middle = scratch.length / 2;
        return scratch.length % 2 == 1 ? scratch[middle] : (scratch[middle - 1] + scratch[middle]) / 2.0;
    }
}
