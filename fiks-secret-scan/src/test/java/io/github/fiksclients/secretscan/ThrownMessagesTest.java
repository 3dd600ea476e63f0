package io.github.fiksclients.secretscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThrownMessagesTest {

    @Test
    void recordsTheMessagesOfExceptionsMadeSinceTheLastTake() {
        ThrownMessages recorder = ThrownMessages.start();
        try {
            recorder.takeNew();
            new IllegalArgumentException("made after the first take");

            assertThat(recorder.takeNew().text())
                    .contains("java.lang.IllegalArgumentException: made after the first take")
                    .doesNotContain("canary");
        } finally {
            recorder.stop();
        }
    }

    @Test
    void failsLoudlyWhenTheRecordingLacksItsCanary() {
        ThrownMessages recorder = ThrownMessages.start(false);
        try {
            assertThatThrownBy(recorder::takeNew).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("recorded no exception: the canary exception made at the start of the "
                            + "recording is missing from it");
        } finally {
            recorder.stop();
        }
    }

    @Test
    void failsLoudlyInAJvmWithoutFlightRecorder() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", "java.base", "-cp", System.getProperty("java.class.path"),
                JfrlessProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).startsWith("refused: this JVM has no Java Flight Recorder (java.lang.NoClassDefFoundError");
    }

    @Test
    void aScanThatCouldNotSeeEverythingFailsAndSaysWhy() {
        String failure = SecretScanner.failure("SomeTest", List.of(),
                List.of("cannot record exception messages: Java Flight Recorder is not available in this JVM"));

        assertThat(failure).isEqualTo("Secret scan: SomeTest: the scan could not see everything, so a secret may "
                + "have gone unnoticed:\n  cannot record exception messages: Java Flight Recorder is not available "
                + "in this JVM");
        assertThat(SecretScanner.failure("SomeTest", List.of(), List.of())).isNull();
    }
}
