package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the output says about the machine a run measured on, so that a pasted run explains itself. */
final class Machine {

    private Machine() {
    }

    /**
     * The processor's model name, from {@code /proc/cpuinfo}.
     *
     * @return the name, or empty where it cannot be read
     */
    static Optional<String> cpuModel() {
        return field(Path.of("/proc/cpuinfo"), "model name").map(value -> value.replaceAll("\\s+", " "));
    }

    /**
     * The machine's memory, from {@code /proc/meminfo}.
     *
     * @return bytes, or empty where it cannot be read
     */
    static Optional<Long> memoryBytes() {
        return field(Path.of("/proc/meminfo"), "MemTotal")
                .map(value -> Long.parseLong(value.replaceAll("[^0-9]", "")) * 1024);
    }

    /**
     * The system load average over the last minute: how many processes wanted a core, on average. On 2 cores,
     * much above 2 means the run shared the machine.
     *
     * @return the load, such as {@code 0.42}, or {@code unknown}
     */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
    }

    private static Optional<String> field(Path file, String name) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
