package io.github.fiksclients.specs;

import java.nio.file.Path;

/** Reads candidate specs from a local directory, where each is stored under its published name. */
final class DirectoryCandidateSource implements CandidateSource {

  private final Path directory;

  DirectoryCandidateSource(Path directory) {
    this.directory = directory;
  }

  @Override
  public String read(String upstream) throws SpecCheckException {
    return SpecFiles.read(directory.resolve(upstream), "candidate");
  }

  @Override
  public String locationOf(String upstream) {
    return directory.resolve(upstream).toString();
  }
}
