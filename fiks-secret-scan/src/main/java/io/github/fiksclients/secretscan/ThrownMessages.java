package io.github.fiksclients.secretscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the class and message of every exception and error constructed in this JVM, caught or not, with Java
 * Flight Recorder's {@code jdk.JavaExceptionThrow} and {@code jdk.JavaErrorThrow} events (without stack traces).
 */
final class ThrownMessages {

    private static final String SOURCE = "exception messages (JFR jdk.JavaExceptionThrow)";
    private static final String[] EVENTS = {"jdk.JavaExceptionThrow", "jdk.JavaErrorThrow"};

    private Recording current;

    private ThrownMessages(Recording first) {
        this.current = first;
    }

    /**
     * Starts recording.
     *
     * @return the recorder; one that records nothing if this JVM has no Flight Recorder
     */
    static ThrownMessages start() {
        return new ThrownMessages(FlightRecorder.isAvailable() ? newRecording() : null);
    }

    /**
     * Takes the messages of exceptions made since the last call: stops the recording, reads it and starts a new one
     * first, so nothing is missed in between.
     *
     * @return one line per distinct exception class and message
     */
    synchronized Capture takeNew() {
        if (current == null) {
            return new Capture(SOURCE, 1, "");
        }
        Recording finished = current;
        current = newRecording();
        finished.stop();
        Set<String> lines = new LinkedHashSet<>();
        try {
            Path file = Files.createTempFile("secret-scan", ".jfr");
            try {
                finished.dump(file);
                for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                    String message = event.getString("message");
                    String line = event.getClass("thrownClass").getName() + ": " + message;
                    if (message != null && !SecretScan.UNSCANNED_EXCEPTION_MESSAGES.matcher(line).matches()) {
                        lines.add(line);
                    }
                }
            } finally {
                finished.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Capture(SOURCE, 1, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    private static Recording newRecording() {
        Recording recording = new Recording();
        recording.setName("fiks-secret-scan");
        recording.setToDisk(true);
        for (String event : EVENTS) {
            recording.enable(event).withoutStackTrace();
        }
        recording.start();
        return recording;
    }
}
