package io.github.fiksclients.specs;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code specs check} and {@code specs update} share: which specs, and where from. */
final class SpecsOptions {

  @Option(names = "--service", paramLabel = "NAME",
      description = "Only the specs of this service (for example svarinn or innsyn). Default: all.")
  String service;

  @Option(names = "--from", paramLabel = "DIR_OR_URL",
      description = "Where the new specs are: a directory, or a base URL. Default: the manifest's publishedAt.")
  String from;

  @Option(names = "--specs", paramLabel = "DIR", defaultValue = "specs",
      description = "Our specs directory, holding specs.json. Default: ${DEFAULT-VALUE}.")
  Path specsDir;

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** What a run found: the manifest it read, where candidates came from, and one result per spec. */
  record Run(SpecManifest manifest, String candidates, List<SpecResult> results) {}

  Run check() throws SpecCheckException {
    SpecManifest manifest = SpecManifest.read(specsDir);
    List<SpecEntry> entries = manifest.select(service);
    CandidateSource source = CandidateSource.of(from, manifest.baseUrl());
    List<SpecResult> results = new SpecChecker(manifest, source).checkAll(entries);
    return new Run(manifest, source.locationOf(""), results);
  }
}
