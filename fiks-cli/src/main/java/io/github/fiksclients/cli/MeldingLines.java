package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.InnsynMelding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A JSON Lines file of meldinger to index: one {@link InnsynMelding#fromJson JSON object} per line, line N being
 * input position N - 1. Blank lines are errors, as they would shift the positions.
 */
final class MeldingLines {

    private final Path file;

    MeldingLines(Path file) {
        this.file = file;
    }

    /**
     * Reads the whole file once and checks every line, so that nothing is sent from a file with a bad line.
     *
     * @return how many meldinger the file holds
     * @throws ConfigurationException naming the first bad line and how many lines are bad
     */
    long check() {
        long lineNumber = 0;
        long bad = 0;
        String firstProblem = null;
        try (BufferedReader reader = open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String problem = problem(line);
                if (problem != null) {
                    bad++;
                    if (firstProblem == null) {
                        firstProblem = file + " line " + lineNumber + ": " + problem;
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new ConfigurationException(file + " line " + (lineNumber + 1) + " is not UTF-8; nothing was indexed");
        } catch (IOException e) {
            throw new ConfigurationException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (firstProblem != null) {
            throw new ConfigurationException(firstProblem + " (" + bad + (bad == 1 ? " bad line" : " bad lines")
                    + " in all; nothing was indexed)");
        }
        return lineNumber;
    }

    /** The meldinger, read lazily; close the stream. */
    Stream<InnsynMelding> meldinger() {
        BufferedReader reader = open();
        return reader.lines().map(InnsynMelding::fromJson).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private BufferedReader open() {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file + " does not exist", e);
        } catch (IOException e) {
            throw new ConfigurationException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String problem(String line) {
        if (line.isBlank()) {
            return "the line is empty (one melding per line, no blank lines)";
        }
        try {
            InnsynMelding.fromJson(line);
            return null;
        } catch (RuntimeException e) {
            return Problems.describe(e, false);
        }
    }
}
