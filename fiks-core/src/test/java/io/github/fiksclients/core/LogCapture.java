package io.github.fiksclients.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Reads what the tests' SLF4J (slf4j-simple, writing to target/test-log.txt) logged since this capture began. */
final class LogCapture {

    private static final Path FILE = Path.of("target/test-log.txt");

    private final long start;

    LogCapture() {
        // slf4j-simple truncates its file when it starts, so start it before measuring.
        LoggerFactory.getLogger(FiksClient.LOGGER_NAME);
        try {
            this.start = Files.exists(FILE) ? Files.size(FILE) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        try {
            byte[] all = Files.readAllBytes(FILE);
            return new String(all, (int) start, (int) (all.length - start), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
