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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JSON Lines file of meldinger to index: one {@link InnsynMelding#fromJson JSON object} per line, with the metadata
 * as {@code metadata} (a JSON object) or as {@code meldingMetadata} (a JSON object, or Base64 as on the wire).
 *
 * <p>A line that is not a melding (a blank line too) is a bad line: it is named with why and left out, and the other
 * lines are indexed. A file that cannot be read, is not UTF-8 or holds no melding at all is a usage error.
 */
final class MeldingLines {

    private final Path file;

    MeldingLines(Path file) {
        this.file = file;
    }

    /** A line that is not a melding, and why. */
    record BadLine(long line, String problem) {
    }

    /**
     * What a whole read of the file found.
     *
     * @param lines how many lines the file has
     * @param meldinger how many of them are meldinger
     * @param bad the other lines, in file order
     */
    record Scan(long lines, long meldinger, List<BadLine> bad) {

        /**
         * The line of the melding at a position of the input the meldinger make.
         *
         * @param position from 0, counting meldinger only
         * @return the line number, from 1
         */
        long lineOf(long position) {
            long line = position + 1;
            for (BadLine badLine : bad) {
                if (badLine.line() <= line) {
                    line++;
                } else {
                    break;
                }
            }
            return line;
        }
    }

    /**
     * Reads the whole file once and checks every line.
     *
     * @return the count of lines and meldinger, and the bad lines
     * @throws ConfigurationException if the file cannot be read or is not UTF-8, or no line is a melding
     */
    Scan scan() {
        long lineNumber = 0;
        List<BadLine> bad = new ArrayList<>();
        try (BufferedReader reader = open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String problem = problem(line);
                if (problem != null) {
                    bad.add(new BadLine(lineNumber, problem));
                }
            }
        } catch (CharacterCodingException e) {
            throw new ConfigurationException(file + " line " + (lineNumber + 1) + " is not UTF-8; nothing was indexed");
        } catch (IOException e) {
            throw new ConfigurationException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (!bad.isEmpty() && bad.size() == lineNumber) {
            throw new ConfigurationException(file + " holds no melding: line 1: " + bad.get(0).problem()
                    + (lineNumber > 1 ? " (and every other line is bad too)" : "") + "; nothing was indexed");
        }
        return new Scan(lineNumber, lineNumber - bad.size(), List.copyOf(bad));
    }

    /** The meldinger of the good lines, read lazily and in order; close the stream. */
    Stream<InnsynMelding> meldinger() {
        BufferedReader reader = open();
        return reader.lines().flatMap(line -> {
            try {
                return Stream.of(InnsynMelding.fromJson(line));
            } catch (RuntimeException badLine) {
                return Stream.empty();
            }
        }).onClose(() -> {
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
