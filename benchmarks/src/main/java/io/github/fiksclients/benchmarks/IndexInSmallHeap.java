package io.github.fiksclients.benchmarks;

import io.github.fiksclients.innsyn.InnsynClient;
import java.io.IOException;

/**
 * Indexes the benchmark's messages through {@link InnsynClient} once in a fresh JVM whose heap is smaller than all
 * the request bodies together, to show that the facade holds one batch at a time. The JVM runs its own loopback
 * index server, which reads and discards each body. The parent JVM launches this class's {@link #main} with
 * {@code -Xmx}.
 */
public final class IndexInSmallHeap {

    /** The heap the separate JVM gets, in MiB. */
    static final int HEAP_MIB = 32;

    private IndexInSmallHeap() {
    }

    /**
     * What the separate JVM's server received.
     *
     * @param requests how many PUTs
     * @param bodyBytes their bodies' bytes in all
     */
    record Result(int requests, long bodyBytes) {
    }

    /**
     * Runs in the separate JVM: indexes the messages and prints the result line.
     *
     * @param args how many messages, and how many per request
     * @throws Exception if indexing fails, such as with an {@link OutOfMemoryError}
     */
    public static void main(String[] args) throws Exception {
        int meldinger = Integer.parseInt(args[0]);
        try (InnsynIndexServer server = InnsynIndexServer.start();
                InnsynClient innsyn = IndexBenchmark.client(server, Integer.parseInt(args[1]), null)) {
            IndexBenchmark.viaFacade(innsyn, meldinger);
            ChildJvm.report(server.requests(), server.bodyBytes());
        }
    }

    /**
     * Launches the JVM with a {@value #HEAP_MIB} MiB heap and waits for it.
     *
     * @param meldinger how many messages
     * @param batchSize how many per request
     * @return what its server received
     * @throws IOException if the JVM cannot be started or fails, with its output
     * @throws InterruptedException if interrupted while waiting for it
     */
    static Result run(int meldinger, int batchSize) throws IOException, InterruptedException {
        String[] fields = ChildJvm.run(HEAP_MIB, IndexInSmallHeap.class, String.valueOf(meldinger),
                String.valueOf(batchSize));
        return new Result(Integer.parseInt(fields[0]), Long.parseLong(fields[1]));
    }
}
