package io.github.fiksclients.benchmarks;

import java.util.Locale;

/**
 * The most that fiks-clients may cost relative to the baseline on one row, or none for a row that only informs.
 *
 * @param maxRatio the highest acceptable fiks/baseline ratio, or {@link Double#NaN} for no target
 */
record Target(double maxRatio) {

    private static final Target NONE = new Target(Double.NaN);

    /**
     * Creates a target met by any ratio up to and including {@code maxRatio}.
     *
     * @param maxRatio a positive ratio
     * @return the target
     * @throws IllegalArgumentException if the ratio is not positive
     */
    static Target atMost(double maxRatio) {
        if (!(maxRatio > 0)) {
            throw new IllegalArgumentException("maxRatio must be positive, was " + maxRatio);
        }
        return new Target(maxRatio);
    }

    /**
     * Returns the target of a row that informs and is not judged.
     *
     * @return the empty target
     */
    static Target none() {
        return NONE;
    }

    /**
     * Tells whether the row is judged at all.
     *
     * @return {@code false} for {@link #none()}
     */
    boolean isSet() {
        return !Double.isNaN(maxRatio);
    }

    /**
     * Tells whether a measured ratio meets the target.
     *
     * @param ratio fiks/baseline
     * @return {@code true} if it is at most the target
     */
    boolean metBy(double ratio) {
        return ratio <= maxRatio;
    }

    /**
     * Describes the target, such as {@code ≤ 1.15}.
     *
     * @return the description; {@code info} when there is no target
     */
    String describe() {
        return isSet() ? String.format(Locale.ROOT, "≤ %.2f", maxRatio) : "info";
    }
}
