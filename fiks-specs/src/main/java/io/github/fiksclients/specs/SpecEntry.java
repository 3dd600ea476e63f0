package io.github.fiksclients.specs;

import java.util.Objects;

/**
 * One spec of the manifest: which service it belongs to, where our copy lives under the specs
 * directory, and the name under which KS publishes it.
 *
 * @param service the service folder, for example {@code innsyn}
 * @param file our file, relative to the specs directory, for example {@code innsyn/innsyn-index-api-v2.json}
 * @param upstream the published file name, for example {@code innsyn-index-api-v2.json}
 */
public record SpecEntry(String service, String file, String upstream) {

  /**
   * Checks that every field is present.
   *
   * @param service the service folder, for example {@code innsyn}
   * @param file our file, relative to the specs directory, for example {@code innsyn/innsyn-index-api-v2.json}
   * @param upstream the published file name, for example {@code innsyn-index-api-v2.json}
   * @throws IllegalArgumentException if a field is blank
   */
  public SpecEntry {
    requireText(service, "service");
    requireText(file, "file");
    requireText(upstream, "upstream");
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}
