package io.github.fiksclients.benchmarks;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the result table: what was measured, the baseline's and fiks-clients' numbers, their ratio, and the
 * target with its verdict. Every field is text, ready to print.
 *
 * @param benchmark what was measured
 * @param baseline the baseline's number, or what happened to it
 * @param fiks fiks-clients' number, or what happened to it
 * @param ratio fiks/baseline, or {@code —} where there is none
 * @param target the target and its verdict, such as {@code ≤ 1.15 ✓}, or {@code info}
 * @param verdict whether the target was met
 */
record ResultRow(String benchmark, String baseline, String fiks, String ratio, String target,
        Verdict verdict) {

    /** Whether a row met its target. */
    public enum Verdict {
        /** The ratio is within the target. */
        MET,
        /** The ratio is past the target. */
        MISSED,
        /** The row has no target; it only informs. */
        INFO
    }

    /**
     * Checks that no field is null.
     *
     * @throws NullPointerException if a field is null
     */
    public ResultRow {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(fiks, "fiks");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Makes the row of a number measured for both, judged by their ratio.
     *
     * @param benchmark what was measured
     * @param baseline the baseline's value
     * @param fiks fiks-clients' value
     * @param unit how the values are printed
     * @param target the most the ratio may be, or {@link Target#none()}
     * @return the row
     */
    static ResultRow compared(String benchmark, double baseline, double fiks, Unit unit, Target target) {
        double ratio = fiks / baseline;
        Verdict verdict = !target.isSet() ? Verdict.INFO : target.metBy(ratio) ? Verdict.MET : Verdict.MISSED;
        return new ResultRow(benchmark, unit.format(baseline), unit.format(fiks), formatRatio(ratio),
                target.describe() + mark(verdict), verdict);
    }

    /**
     * Makes the row of an outcome that is not a number, such as whether a run fits in a small heap.
     *
     * @param benchmark what was tried
     * @param baseline what happened to the baseline
     * @param fiks what happened to fiks-clients
     * @param target what fiks-clients should achieve
     * @param met whether it did
     * @return the row
     */
    static ResultRow outcome(String benchmark, String baseline, String fiks, String target, boolean met) {
        Verdict verdict = met ? Verdict.MET : Verdict.MISSED;
        return new ResultRow(benchmark, baseline, fiks, "—", target + mark(verdict), verdict);
    }

    /**
     * Makes the row of a benchmark that could not run here, saying why.
     *
     * @param benchmark what would have been measured
     * @param why the reason, such as a missing tool
     * @return the row
     */
    static ResultRow skipped(String benchmark, String why) {
        return new ResultRow(benchmark, "skipped: " + why, "—", "—", "info", Verdict.INFO);
    }

    private static String formatRatio(double ratio) {
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f" : "%.2f", ratio);
    }

    private static String mark(Verdict verdict) {
        return switch (verdict) {
            case MET -> " ✓";
            case MISSED -> " ✗";
            case INFO -> "";
        };
    }
}
