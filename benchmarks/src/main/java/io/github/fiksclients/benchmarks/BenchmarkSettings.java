package io.github.fiksclients.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How big and how long the benchmarks run: the forsendelse's size, how many calls and messages, how many warm-up and
 * measured rounds. Start from {@link #full()} or {@link #quick()} and change what you need; {@link Builder#build()}
 * checks every value.
 */
final class BenchmarkSettings {

    private final int sizeMib;
    private final int largeSizeMib;
    private final int receiveRounds;
    private final int warmupCalls;
    private final int calls;
    private final int forks;
    private final int meldinger;
    private final int batchSize;
    private final int indexWarmups;
    private final int indexRounds;
    private final int tokenThreads;
    private final int tokenCallsPerThread;
    private final boolean cliToolchain;
    private final Path workDirectory;

    private BenchmarkSettings(Builder builder) {
        this.sizeMib = builder.sizeMib;
        this.largeSizeMib = builder.largeSizeMib;
        this.receiveRounds = builder.receiveRounds;
        this.warmupCalls = builder.warmupCalls;
        this.calls = builder.calls;
        this.forks = builder.forks;
        this.meldinger = builder.meldinger;
        this.batchSize = builder.batchSize;
        this.indexWarmups = builder.indexWarmups;
        this.indexRounds = builder.indexRounds;
        this.tokenThreads = builder.tokenThreads;
        this.tokenCallsPerThread = builder.tokenCallsPerThread;
        this.cliToolchain = builder.cliToolchain;
        this.workDirectory = builder.workDirectory;
    }

    /**
     * Starts from the full run: forsendelser of 1 GiB (against openssl, five rounds) and 3 GiB (against openssl,
     * once), 20,000 calls per variant in 5 JVMs, 32 threads of 1,000 calls, 100,000 messages; about 9 minutes on 2
     * cores.
     *
     * @return a builder with the full settings
     */
    public static Builder full() {
        return new Builder();
    }

    /**
     * Starts from the smoke run: forsendelser of 32 and 64 MiB, 1,000 calls per variant, 32 threads of 100 calls,
     * 20,000 messages; about 30 seconds.
     *
     * @return a builder with the quick settings
     */
    public static Builder quick() {
        return new Builder().sizeMib(32).largeSizeMib(64).receiveRounds(1).warmupCalls(300).calls(1000).forks(1)
                .tokenCallsPerThread(100).meldinger(20_000).indexRounds(2);
    }

    /**
     * The size of the forsendelse's content, in MiB, spread over four files.
     *
     * @return at least 1
     */
    public int sizeMib() {
        return sizeMib;
    }


    /**
     * The size of the larger forsendelse that only fiks-clients receives (openssl cannot), in MiB.
     *
     * @return zero to leave it out, or more
     */
    public int largeSizeMib() {
        return largeSizeMib;
    }

    /**
     * Threads of the token-reuse benchmark, calling at the same time.
     *
     * @return at least 1
     */
    public int tokenThreads() {
        return tokenThreads;
    }

    /**
     * Calls each thread of the token-reuse benchmark makes.
     *
     * @return at least 1
     */
    public int tokenCallsPerThread() {
        return tokenCallsPerThread;
    }

    /**
     * Rounds of the receive benchmark that are measured.
     *
     * @return at least 1
     */
    public int receiveRounds() {
        return receiveRounds;
    }

    /**
     * Calls of each variant of the per-call benchmark that warm up and are not kept.
     *
     * @return zero or more
     */
    public int warmupCalls() {
        return warmupCalls;
    }

    /**
     * Calls of each variant of the per-call benchmark that are measured.
     *
     * @return at least 1
     */
    public int calls() {
        return calls;
    }

    /**
     * Fresh JVMs the per-call benchmark is measured in, each on its own: how a JVM compiles the call paths moves their
     * ratio by a few percent from one JVM to the next, more than the calls within one JVM vary.
     *
     * @return zero (measure in this JVM) or more
     */
    public int forks() {
        return forks;
    }

    /**
     * Messages indexed in one run of the indexing benchmark.
     *
     * @return at least 1
     */
    public int meldinger() {
        return meldinger;
    }

    /**
     * Messages per index request.
     *
     * @return from 1 to 5,000
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Rounds of the indexing benchmark that warm up and are not kept.
     *
     * @return zero or more
     */
    public int indexWarmups() {
        return indexWarmups;
    }

    /**
     * Rounds of the indexing benchmark that are measured.
     *
     * @return at least 1
     */
    public int indexRounds() {
        return indexRounds;
    }


    /**
     * Whether the openssl, unzip and sha256sum toolchain is timed as a second baseline, when it is installed.
     *
     * @return {@code true} to time it
     */
    public boolean cliToolchain() {
        return cliToolchain;
    }

    /**
     * Where the forsendelse and the received files are written; a temporary directory is made inside and deleted.
     *
     * @return an existing directory
     */
    public Path workDirectory() {
        return workDirectory;
    }

    /**
     * Says in words what a run with these settings measures, for the header of its output.
     *
     * @return one line
     */
    public String describe() {
        return String.format(Locale.ROOT, "receive %,d MiB x %d %s%s; per-call %,d calls per variant after %,d "
                + "warm-up, %s; token reuse %d threads x %,d calls; index %,d meldinger in batches of %,d, %d %s after %d "
                + "warm-up; openssl toolchain %s; work dir %s", sizeMib, receiveRounds,
                receiveRounds == 1 ? "round" : "rounds",
                largeSizeMib == 0 ? "" : String.format(Locale.ROOT, " and %,d MiB once", largeSizeMib), calls,
                warmupCalls, forks == 0 ? "in this JVM" : forks == 1 ? "in 1 fresh JVM" : "in each of " + forks
                        + " fresh JVMs", tokenThreads, tokenCallsPerThread, meldinger, batchSize, indexRounds,
                indexRounds == 1 ? "round" : "rounds", indexWarmups, cliToolchain ? "on" : "off", workDirectory);
    }

    @Override
    public String toString() {
        return "BenchmarkSettings{sizeMib=" + sizeMib + ", largeSizeMib=" + largeSizeMib + ", receiveRounds="
                + receiveRounds + ", warmupCalls=" + warmupCalls + ", calls=" + calls + ", forks=" + forks
                + ", tokenThreads="
                + tokenThreads + ", tokenCallsPerThread=" + tokenCallsPerThread + ", meldinger=" + meldinger
                + ", batchSize=" + batchSize + ", indexWarmups=" + indexWarmups + ", indexRounds=" + indexRounds
                + ", cliToolchain=" + cliToolchain + ", workDirectory=" + workDirectory + "}";
    }

    /** Collects the settings; checked in {@link #build()}. */
    public static final class Builder {
        private int sizeMib = 1024;
        private int largeSizeMib = 3072;
        private int receiveRounds = 5;
        private int warmupCalls = 5000;
        private int calls = 20_000;
        private int forks = 5;
        private int meldinger = 100_000;
        private int batchSize = 5000;
        private int indexWarmups = 1;
        private int indexRounds = 5;
        private int tokenThreads = 32;
        private int tokenCallsPerThread = 1000;
        private boolean cliToolchain = true;
        private Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"));

        private Builder() {
        }

        /**
         * Sets the size of the forsendelse's content.
         *
         * @param sizeMib MiB, at least 1
         * @return this builder
         */
        public Builder sizeMib(int sizeMib) {
            this.sizeMib = sizeMib;
            return this;
        }


        /**
         * Sets the size of the larger forsendelse that only fiks-clients receives.
         *
         * @param largeSizeMib MiB; zero leaves it out
         * @return this builder
         */
        public Builder largeSizeMib(int largeSizeMib) {
            this.largeSizeMib = largeSizeMib;
            return this;
        }

        /**
         * Sets how many threads call at the same time in the token-reuse benchmark.
         *
         * @param tokenThreads at least 1
         * @return this builder
         */
        public Builder tokenThreads(int tokenThreads) {
            this.tokenThreads = tokenThreads;
            return this;
        }

        /**
         * Sets how many calls each thread makes in the token-reuse benchmark.
         *
         * @param tokenCallsPerThread at least 1
         * @return this builder
         */
        public Builder tokenCallsPerThread(int tokenCallsPerThread) {
            this.tokenCallsPerThread = tokenCallsPerThread;
            return this;
        }

        /**
         * Sets the receive benchmark's measured rounds.
         *
         * @param receiveRounds at least 1
         * @return this builder
         */
        public Builder receiveRounds(int receiveRounds) {
            this.receiveRounds = receiveRounds;
            return this;
        }

        /**
         * Sets the per-call benchmark's warm-up calls per variant.
         *
         * @param warmupCalls zero or more
         * @return this builder
         */
        public Builder warmupCalls(int warmupCalls) {
            this.warmupCalls = warmupCalls;
            return this;
        }

        /**
         * Sets the per-call benchmark's measured calls per variant.
         *
         * @param calls at least 1
         * @return this builder
         */
        public Builder calls(int calls) {
            this.calls = calls;
            return this;
        }

        /**
         * Sets how many fresh JVMs the per-call benchmark is measured in; the table shows the middle one.
         *
         * @param forks zero to measure in this JVM, or more
         * @return this builder
         */
        public Builder forks(int forks) {
            this.forks = forks;
            return this;
        }

        /**
         * Sets how many messages one indexing run sends.
         *
         * @param meldinger at least 1
         * @return this builder
         */
        public Builder meldinger(int meldinger) {
            this.meldinger = meldinger;
            return this;
        }

        /**
         * Sets how many messages go in one index request.
         *
         * @param batchSize from 1 to 5,000
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the indexing benchmark's warm-up rounds.
         *
         * @param indexWarmups zero or more
         * @return this builder
         */
        public Builder indexWarmups(int indexWarmups) {
            this.indexWarmups = indexWarmups;
            return this;
        }

        /**
         * Sets the indexing benchmark's measured rounds.
         *
         * @param indexRounds at least 1
         * @return this builder
         */
        public Builder indexRounds(int indexRounds) {
            this.indexRounds = indexRounds;
            return this;
        }


        /**
         * Chooses whether the openssl toolchain is timed when it is installed.
         *
         * @param cliToolchain {@code true} to time it
         * @return this builder
         */
        public Builder cliToolchain(boolean cliToolchain) {
            this.cliToolchain = cliToolchain;
            return this;
        }

        /**
         * Sets where the benchmark's files are written.
         *
         * @param workDirectory an existing directory with room for about three times the forsendelse's size
         * @return this builder
         */
        public Builder workDirectory(Path workDirectory) {
            this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
            return this;
        }

        /**
         * Checks the settings and creates them.
         *
         * @return the settings
         * @throws IllegalStateException naming every value that is out of range
         */
        public BenchmarkSettings build() {
            List<String> problems = new ArrayList<>();
            atLeast(sizeMib, 1, "sizeMib", problems);
            atLeast(largeSizeMib, 0, "largeSizeMib", problems);
            atLeast(tokenThreads, 1, "tokenThreads", problems);
            atLeast(tokenCallsPerThread, 1, "tokenCallsPerThread", problems);
            atLeast(receiveRounds, 1, "receiveRounds", problems);
            atLeast(warmupCalls, 0, "warmupCalls", problems);
            atLeast(calls, 1, "calls", problems);
            atLeast(forks, 0, "forks", problems);
            atLeast(meldinger, 1, "meldinger", problems);
            atLeast(indexWarmups, 0, "indexWarmups", problems);
            atLeast(indexRounds, 1, "indexRounds", problems);
            if (batchSize < 1 || batchSize > 5000) {
                problems.add("batchSize must be from 1 to 5000, was " + batchSize);
            }
            if (!workDirectory.toFile().isDirectory()) {
                problems.add("workDirectory " + workDirectory + " is not a directory");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Invalid benchmark settings: " + String.join("; ", problems));
            }
            return new BenchmarkSettings(this);
        }

        private static void atLeast(int value, int minimum, String name, List<String> problems) {
            if (value < minimum) {
                problems.add(name + " must be at least " + minimum + ", was " + value);
            }
        }
    }
}
