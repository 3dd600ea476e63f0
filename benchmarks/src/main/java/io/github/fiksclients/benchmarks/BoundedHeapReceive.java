package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives the benchmark's forsendelse once in a fresh JVM with a small heap, to show which receiver's memory does
 * not grow with the forsendelse. The parent JVM launches this class's {@link #main} with {@code -Xmx}.
 */
public final class BoundedHeapReceive {

    /** The heap the separate JVM gets, in MiB: far less than the forsendelse in the full run. */
    static final int HEAP_MIB = 64;

    private BoundedHeapReceive() {
    }

    /**
     * Runs in the separate JVM: receives the fixture's forsendelse once with one variant, then deletes the files.
     *
     * @param args the {@link ReceiveVariant} name and the fixture's directory
     * @throws Exception if receiving fails, such as with an {@link OutOfMemoryError}
     */
    public static void main(String[] args) throws Exception {
        ReceiveVariant variant = ReceiveVariant.valueOf(args[0]);
        try (ReceiveFixture fixture = ReceiveFixture.open(Path.of(args[1]))) {
            Path directory = fixture.newOutputDirectory();
            try {
                variant.receive(fixture, directory);
            } finally {
                FileTrees.delete(directory);
            }
        }
    }

    /**
     * Launches a JVM with a {@value #HEAP_MIB} MiB heap that receives the fixture's forsendelse with one variant.
     *
     * @param variant how to receive
     * @param fixture the forsendelse
     * @return {@code completes}, {@code OutOfMemoryError}, or the failure's exit code
     * @throws IOException if the JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    static String tryReceive(ReceiveVariant variant, ReceiveFixture fixture) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + HEAP_MIB + "m",
                "-cp", System.getProperty("java.class.path"), BoundedHeapReceive.class.getName(),
                variant.name(), fixture.directory().toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit == 0) {
            return "completes";
        }
        return output.contains("OutOfMemoryError") ? "OutOfMemoryError" : "fails (exit code " + exit + ")";
    }
}
