/**
 * Benchmarks that measure fiks-clients against hand-written baselines in the same run and print the ratios:
 * receiving a large SvarInn forsendelse, the overhead of one call, and bulk indexing in Innsyn. Run
 * {@link io.github.fiksclients.benchmarks.BenchmarkMain}; {@code --help} lists the options.
 */
package io.github.fiksclients.benchmarks;
