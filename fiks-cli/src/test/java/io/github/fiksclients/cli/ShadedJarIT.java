package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/fiks.jar} as a user does, in a child process: the shaded jar's manifest, service files,
 * BouncyCastle (CMS decryption, PEM keys) and slf4j-simple set up by {@link FiksMain}. Runs in the verify phase,
 * after the jar is packaged (maven-failsafe-plugin).
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("fiks.jar", "target/fiks.jar"));

    @TempDir
    Path work;

    private record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Result fiks(Map<String, String> variables, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FIKS_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("fiks " + String.join(" ", args) + " did not end");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void demoSucceedsFromTheShadedJarAndLogsNothingByDefault() throws Exception {
        Result demo = fiks(Map.of(), "demo");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out())
                .contains("SHA-256 verified", "Status in the simulator: 4 x MOTTATT",
                        "SvarUt status now LEST (delivered)", "Demo succeeded in ");
        assertThat(demo.err()).isEmpty();
    }

    @Test
    void verboseLogsTheHttpExchangesWithCredentialsRedacted() throws Exception {
        try (FiksSimulator simulator = FiksSimulator.start()) {
            Map<String, String> variables = SimulatorSetup.variables(simulator, work.resolve("keys"));
            simulator.svarInn().enqueue(simulator.credentials().svarInnMottakerId(), SimulatedForsendelse.builder()
                    .tittel("Vedtak").file("vedtak.pdf", "application/pdf", new byte[] {1, 2, 3}).build());

            Result quiet = fiks(variables, "svarinn", "receive", "--out", work.resolve("quiet").toString());
            simulator.svarInn().enqueue(simulator.credentials().svarInnMottakerId(), SimulatedForsendelse.builder()
                    .tittel("Vedtak").file("vedtak.pdf", "application/pdf", new byte[] {1, 2, 3}).build());
            Result verbose = fiks(variables, "svarinn", "receive", "--verbose", "--out",
                    work.resolve("verbose").toString());

            assertThat(quiet.exitCode()).as(quiet.toString()).isZero();
            assertThat(quiet.err()).isEmpty();
            assertThat(verbose.exitCode()).as(verbose.toString()).isZero();
            assertThat(verbose.err()).contains("INFO io.github.fiksclients.http - --> GET " + simulator.svarUtBaseUrl())
                    .contains("Authorization: ██")
                    .doesNotContain(simulator.credentials().svarInnMottakerPassord());
        }
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        Result version = fiks(Map.of(), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("fiks 0.").doesNotContain("development build");
    }

    @Test
    void aConfigurationErrorExitsWithTwoAndOneLine() throws Exception {
        Result result = fiks(Map.of(), "svarinn", "ack", "some-id");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("fiks: FIKS_SVARINN_USER is not set (the SvarInn mottakersystem's id)"
                + System.lineSeparator());
    }

    @Test
    void theSpecsCommandIsPartOfTheTool() throws Exception {
        Result help = fiks(Map.of(), "specs", "check", "--help");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("--service");
    }
}
