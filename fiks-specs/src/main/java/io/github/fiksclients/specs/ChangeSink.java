package io.github.fiksclients.specs;

/** Receives the changes found at one endpoint, in plain words. */
@FunctionalInterface
interface ChangeSink {

  void add(String description, boolean breaking);
}
