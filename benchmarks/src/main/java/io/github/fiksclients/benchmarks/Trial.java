package io.github.fiksclients.benchmarks;

/** One variant of a benchmark: the work that is timed, and what is undone after each run without being timed. */
interface Trial {

    /**
     * Does the timed work once.
     *
     * @throws Exception if the work fails; the benchmark fails with it
     */
    void run() throws Exception;

    /**
     * Undoes what a run left behind, such as files it wrote; not timed.
     *
     * @throws Exception if cleaning up fails
     */
    default void afterEach() throws Exception {
    }
}
