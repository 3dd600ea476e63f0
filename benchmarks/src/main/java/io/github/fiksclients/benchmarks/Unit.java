package io.github.fiksclients.benchmarks;

import java.util.Locale;

/** How a measured number is printed: a time from nanoseconds, or a size from bytes. */
enum Unit {

    /** A short time, printed in microseconds. */
    MICROSECONDS {
        @Override
        String format(double nanos) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
    },

    /** A longer time, printed in milliseconds or seconds. */
    DURATION {
        @Override
        String format(double nanos) {
            return nanos < 10e9
                    ? String.format(Locale.ROOT, "%.0f ms", nanos / 1e6)
                    : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
    },

    /** An amount of memory, printed in B, KiB, MiB or GiB. */
    BYTES {
        @Override
        String format(double bytes) {
            String[] units = {"B", "KiB", "MiB", "GiB"};
            double value = bytes;
            int unit = 0;
            while (Math.abs(value) >= 1024 && unit < units.length - 1) {
                value /= 1024;
                unit++;
            }
            return unit == 0
                    ? String.format(Locale.ROOT, "%.0f B", value)
                    : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
        }
    };

    /**
     * Prints a value of this unit.
     *
     * @param value nanoseconds for times, bytes for sizes
     * @return the value with its unit
     */
    abstract String format(double value);
}
