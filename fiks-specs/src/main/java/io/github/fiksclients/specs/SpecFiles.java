package io.github.fiksclients.specs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads spec files, and replaces one of ours with a candidate so that the next build regenerates it. */
final class SpecFiles {

  private SpecFiles() {}

  /** Reads a spec file as UTF-8; {@code role} names it in messages ({@code our spec}, {@code candidate}). */
  static String read(Path file, String role) throws SpecCheckException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SpecCheckException(role + " not found: " + file, e);
    } catch (IOException e) {
      throw new SpecCheckException("cannot read " + role + " " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the text to a temporary file beside the target, then moves it over the target. */
  static void replace(Path file, String content) throws SpecCheckException {
    try {
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".spec-update-", ".json");
      try {
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new SpecCheckException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
