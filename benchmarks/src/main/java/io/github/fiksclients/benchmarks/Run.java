package io.github.fiksclients.benchmarks;

/**
 * One timed execution of a variant: how long it took and how many bytes the running thread allocated meanwhile.
 *
 * @param nanos the wall time in nanoseconds
 * @param allocatedBytes the bytes allocated by the thread that ran it
 */
record Run(long nanos, long allocatedBytes) {
}
