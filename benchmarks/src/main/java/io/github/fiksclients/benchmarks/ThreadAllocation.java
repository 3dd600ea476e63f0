package io.github.fiksclients.benchmarks;

import java.lang.management.ManagementFactory;

/** Reads how many bytes the current thread has allocated on the heap so far, as HotSpot counts them. */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private ThreadAllocation() {
    }

    /**
     * Returns the bytes the current thread has allocated since it started.
     *
     * @return a running total; subtract two readings to get what happened between them
     */
    static long current() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("This JVM cannot count the bytes a thread allocates (HotSpot can)");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
