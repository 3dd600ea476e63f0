/**
 * Benchmarks that measure fiks-clients against hand-written baselines in the same run and print the ratios:
 * the overhead of one call, Maskinporten token reuse across threads, receiving large SvarInn forsendelser in a small
 * heap, and bulk indexing in Innsyn. Run
 * {@link io.github.fiksclients.benchmarks.BenchmarkMain}; {@code --help} lists the options.
 */
package io.github.fiksclients.benchmarks;
