package io.github.fiksclients.secretscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the class and message of every exception and error constructed in this JVM, caught or not, with Java
 * Flight Recorder's {@code jdk.JavaExceptionThrow} and {@code jdk.JavaErrorThrow} events (without stack traces).
 *
 * <p>It proves that it works: each recording starts with a canary exception of its own, which must be in what the
 * recording read back holds. When Flight Recorder is missing, cannot record, or the canary is not seen,
 * {@link #takeNew()} fails, so the scan fails the test class instead of passing without having seen any message.
 */
final class ThrownMessages {

    /** The events that record exceptions and errors. */
    static final List<String> EVENTS = List.of("jdk.JavaExceptionThrow", "jdk.JavaErrorThrow");

    private static final String SOURCE = "exception messages (JFR jdk.JavaExceptionThrow)";
    private static final String CANARY = "fiks-secret-scan canary #";
    private static final AtomicLong CANARIES = new AtomicLong();

    private final boolean makesCanaries;
    private final String unavailable;
    private Recording current;
    private String canary;

    private ThrownMessages(boolean makesCanaries, String unavailable) {
        this.makesCanaries = makesCanaries;
        this.unavailable = unavailable;
    }

    /**
     * Starts recording exceptions and errors.
     *
     * @return the recorder; one whose {@link #takeNew()} fails if this JVM cannot record
     */
    static ThrownMessages start() {
        return start(true);
    }

    /**
     * Starts recording, with or without the canary that proves the recording works.
     *
     * @param makesCanaries {@code false} only in the test that shows a missing canary fails the scan
     * @return the recorder; one whose {@link #takeNew()} fails if this JVM cannot record
     */
    static ThrownMessages start(boolean makesCanaries) {
        try {
            if (!FlightRecorder.isAvailable()) {
                return new ThrownMessages(makesCanaries, "Java Flight Recorder is not available in this JVM");
            }
            ThrownMessages recorder = new ThrownMessages(makesCanaries, null);
            recorder.begin();
            return recorder;
        } catch (LinkageError e) {
            return new ThrownMessages(makesCanaries, "this JVM has no Java Flight Recorder (" + e + ")");
        } catch (RuntimeException e) {
            return new ThrownMessages(makesCanaries, "Java Flight Recorder cannot record (" + e + ")");
        }
    }

    /**
     * Takes the messages of exceptions made since the last call: stops the recording, reads it and starts a new one
     * first, so nothing is missed in between.
     *
     * @return one line per distinct exception class and message
     * @throws IllegalStateException if exception messages cannot be recorded, or were not: the scan did not see them
     */
    synchronized Capture takeNew() {
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        Recording finished = current;
        String expected = canary;
        begin();
        finished.stop();
        Set<String> lines = new LinkedHashSet<>();
        boolean canarySeen = false;
        try {
            Path file = Files.createTempFile("secret-scan", ".jfr");
            try {
                finished.dump(file);
                for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                    if (!EVENTS.contains(event.getEventType().getName())) {
                        // Events other recordings enabled (JUnit 6 records its own) share the dump.
                        continue;
                    }
                    String message = event.getString("message");
                    if (message != null && message.startsWith(CANARY)) {
                        canarySeen |= message.equals(expected);
                        continue;
                    }
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
        if (!canarySeen) {
            throw new IllegalStateException("Java Flight Recorder recorded no exception: the canary exception made "
                    + "at the start of the recording is missing from it (are " + EVENTS + " recorded?)");
        }
        return new Capture(SOURCE, 1, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    /** Stops recording, for a recorder that is no longer used. */
    synchronized void stop() {
        if (current != null) {
            current.close();
        }
    }

    /** Starts a new recording and makes its canary. */
    private void begin() {
        Recording recording = new Recording();
        recording.setName("fiks-secret-scan");
        recording.setToDisk(true);
        for (String event : EVENTS) {
            recording.enable(event).withoutStackTrace();
        }
        recording.start();
        current = recording;
        canary = CANARY + CANARIES.incrementAndGet();
        if (makesCanaries) {
            new CanaryException(canary);
        }
    }

    /**
     * The exception each recording must hold, to prove that it records. Made with {@code Throwable(String)}, one of
     * the constructors Flight Recorder instruments.
     */
    private static final class CanaryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CanaryException(String message) {
            super(message);
        }
    }
}
