package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark step in a fresh JVM with a small heap, the same {@code java} and class path as this one, and reads
 * back the one result line it prints.
 */
final class ChildJvm {

    private static final String RESULT = "RESULT ";

    private ChildJvm() {
    }

    /**
     * Prints the result line of a child JVM, for its parent to read.
     *
     * @param fields the values, separated by spaces
     */
    static void report(Object... fields) {
        StringBuilder line = new StringBuilder(RESULT.strip());
        for (Object field : fields) {
            line.append(' ').append(field);
        }
        System.out.println(line);
    }

    /**
     * Starts {@code main} in a JVM with {@code -Xmx<heapMib>m}, waits for it, and returns what it reported.
     *
     * @param heapMib the heap, in MiB
     * @param main the class whose {@code main} runs
     * @param args its arguments
     * @return the fields of its result line
     * @throws IOException if the JVM cannot be started, fails, or reports nothing; with its output
     * @throws InterruptedException if interrupted while waiting for it
     */
    static String[] run(int heapMib, Class<?> main, String... args) throws IOException, InterruptedException {
        return run(List.of("-Xmx" + heapMib + "m"), main, args);
    }

    /**
     * Starts {@code main} in a JVM with the default heap, as this one was started, waits for it, and returns what it
     * reported.
     *
     * @param main the class whose {@code main} runs
     * @param args its arguments
     * @return the fields of its result line
     * @throws IOException if the JVM cannot be started, fails, or reports nothing; with its output
     * @throws InterruptedException if interrupted while waiting for it
     */
    static String[] runWithDefaultHeap(Class<?> main, String... args) throws IOException, InterruptedException {
        return run(List.of(), main, args);
    }

    private static String[] run(List<String> options, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String line = output.lines().filter(each -> each.startsWith(RESULT)).findFirst().orElse(null);
        if (exit != 0 || line == null) {
            throw new IOException(main.getSimpleName() + (options.isEmpty() ? "" : " in " + String.join(" ", options))
                    + " failed with exit code " + exit + ": " + output.strip());
        }
        return line.substring(RESULT.length()).split(" ");
    }
}
