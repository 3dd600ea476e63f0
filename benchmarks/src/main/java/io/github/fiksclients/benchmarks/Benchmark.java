package io.github.fiksclients.benchmarks;

import java.util.List;

/** The benchmarks this module runs, in the order of the result table. */
enum Benchmark {

    /** The cost of one small SvarInn call: raw OkHttp and Gson against fiks-clients. */
    PER_CALL {
        @Override
        List<ResultRow> run(BenchmarkSettings settings) throws Exception {
            return PerCallBenchmark.run(settings);
        }
    },

    /** Many threads within one Maskinporten token lifetime: how many tokens are requested. */
    TOKEN_REUSE {
        @Override
        List<ResultRow> run(BenchmarkSettings settings) throws Exception {
            return TokenReuseBenchmark.run(settings);
        }
    },

    /** Receiving large forsendelser through the SvarInn facade in a small heap, against openssl. */
    RECEIVE {
        @Override
        List<ResultRow> run(BenchmarkSettings settings) throws Exception {
            return ReceiveBenchmark.run(settings);
        }
    },

    /** Bulk indexing in Innsyn: hand-written requests against {@code InnsynClient.index}. */
    INDEX {
        @Override
        List<ResultRow> run(BenchmarkSettings settings) throws Exception {
            return IndexBenchmark.run(settings);
        }
    };

    /**
     * Runs this benchmark.
     *
     * @param settings its sizes and rounds
     * @return its rows of the result table
     * @throws Exception if a variant fails
     */
    abstract List<ResultRow> run(BenchmarkSettings settings) throws Exception;

}
