package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches a child process's peak resident memory ({@code VmHWM} in {@code /proc/<pid>/status}) while it runs, by
 * reading it every few milliseconds until the process ends: the last reading is its peak, within the interval.
 * Reports -1 where there is no {@code /proc} (not Linux).
 */
final class PeakRss implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 20;

    private final Path status;
    private final Thread watcher;
    private volatile long peakBytes = -1;

    private PeakRss(Process process) {
        this.status = Path.of("/proc", Long.toString(process.pid()), "status");
        this.watcher = new Thread(() -> {
            while (process.isAlive()) {
                read();
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-rss-" + process.pid());
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Starts watching a process.
     *
     * @param process a running process
     * @return the watch; {@link #close()} it after the process has ended
     */
    static PeakRss watch(Process process) {
        return new PeakRss(process);
    }

    /**
     * The highest peak read so far.
     *
     * @return bytes, or -1 if none could be read
     */
    long peakBytes() {
        return peakBytes;
    }

    private void read() {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    peakBytes = Math.max(peakBytes, Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process has ended, or there is no /proc here.
        }
    }

    /** Stops watching, waiting for the watcher's last reading. */
    @Override
    public void close() throws InterruptedException {
        watcher.interrupt();
        watcher.join();
    }
}
