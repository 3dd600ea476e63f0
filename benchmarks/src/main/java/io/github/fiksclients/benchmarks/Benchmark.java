package io.github.fiksclients.benchmarks;

import java.util.List;

/** The benchmarks this module runs, in the order of the result table. */
enum Benchmark {

    /** The cost of one small SvarInn call: raw OkHttp and Gson against fiks-clients. */
    PER_CALL(PerCallBenchmark::run),

    /** Many threads within one Maskinporten token lifetime: how many tokens are requested. */
    TOKEN_REUSE(TokenReuseBenchmark::run),

    /** Receiving large forsendelser through the SvarInn facade in a small heap, against openssl. */
    RECEIVE(ReceiveBenchmark::run),

    /** Sending a large document through the SvarUt facade in a small heap, against raw OkHttp. */
    SEND(SendBenchmark::run),

    /** Bulk indexing in Innsyn: hand-written requests against {@code InnsynClient.index}. */
    INDEX(IndexBenchmark::run);

    /** What runs one benchmark. */
    @FunctionalInterface
    private interface Runner {
        List<ResultRow> run(BenchmarkSettings settings) throws Exception;
    }

    private final Runner runner;

    Benchmark(Runner runner) {
        this.runner = runner;
    }

    /**
     * Runs this benchmark.
     *
     * @param settings its sizes and rounds
     * @return its rows of the result table
     * @throws Exception if a variant fails
     */
    List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        return runner.run(settings);
    }
}
