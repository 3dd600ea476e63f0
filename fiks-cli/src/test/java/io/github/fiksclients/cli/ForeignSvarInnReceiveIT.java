package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out check of receiving, as a user runs it: {@code java -Xmx64m -jar fiks.jar svarinn receive} against a
 * SvarInn that is not our simulator (a MockWebServer), with a forsendelse whose file names are not valid on Windows
 * and two whose envelopes claim a 2 GiB header. Runs in the verify phase, after the jar is packaged.
 */
class ForeignSvarInnReceiveIT {

    private static final Path JAR = Path.of(System.getProperty("fiks.jar", "target/fiks.jar"));

    @TempDir
    Path work;

    @Test
    void theShadedJarInA64MebibyteHeapReceivesSafeNamesAndRefusesHugeHeadersWithExitCodeOne() throws Exception {
        try (ForeignSvarInn server = new ForeignSvarInn()) {
            WindowsNamesAndHugeHeaders.offer(server);
            Path out = work.resolve("innkommende");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-jar",
                    JAR.toString(), "svarinn", "receive", "--out", out.toString()));
            Path output = work.resolve("output.txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("FIKS_"));
            builder.environment().putAll(server.variables(server.writePrivateKey(work.resolve("key.pem"))));

            Process process = builder.start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("fiks svarinn receive ended").isTrue();

            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(printed).doesNotContain("OutOfMemoryError", ForeignSvarInn.PASSORD);
            WindowsNamesAndHugeHeaders.assertReceived(out, server, process.exitValue(), printed);
        }
    }
}
