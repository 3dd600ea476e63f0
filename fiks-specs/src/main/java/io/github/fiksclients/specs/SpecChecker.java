package io.github.fiksclients.specs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks our specs against candidates: reads our file and the candidate of each manifest entry,
 * parses both, and compares them. A problem with one spec is recorded in its result and does not
 * stop the others; the parser's warnings about either file are kept with the result.
 */
public final class SpecChecker {

  private final SpecManifest manifest;
  private final CandidateSource source;
  private final SpecParser parser = new SpecParser();
  private final SpecComparator comparator = new SpecComparator();

  /**
   * Creates a checker for the specs of a manifest.
   *
   * @param manifest our manifest, which locates our files
   * @param source where candidates are read from
   */
  public SpecChecker(SpecManifest manifest, CandidateSource source) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Checks several entries.
   *
   * @param entries entries of the manifest
   * @return one result per entry, sorted by our file path
   */
  public List<SpecResult> checkAll(List<SpecEntry> entries) {
    return entries.stream()
        .sorted(Comparator.comparing(SpecEntry::file))
        .map(this::check)
        .toList();
  }

  /**
   * Checks one entry.
   *
   * @param entry an entry of the manifest
   * @return the comparison, or the problem that stopped it
   */
  public SpecResult check(SpecEntry entry) {
    String location = source.locationOf(entry.upstream());
    try {
      Path ourFile = manifest.fileOf(entry);
      ParsedSpec ours = parser.parse(SpecFiles.read(ourFile, "our spec"), ourFile.toString());
      String candidate = source.read(entry.upstream());
      ParsedSpec theirs = parser.parse(candidate, location);
      List<String> warnings = new ArrayList<>(ours.warnings());
      warnings.addAll(theirs.warnings());
      return SpecResult.compared(entry, location,
          comparator.compare(ours.openApi(), theirs.openApi()), candidate, warnings);
    } catch (SpecCheckException e) {
      return SpecResult.failed(entry, location, e);
    }
  }
}
