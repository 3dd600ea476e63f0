package io.github.fiksclients.specs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one spec: either a comparison with the candidate's text and the parser's
 * warnings, or the problem that stopped the check.
 */
public final class SpecResult {

  private final SpecEntry entry;
  private final String location;
  private final SpecComparison comparison;
  private final String candidate;
  private final SpecCheckException failure;
  private final List<String> warnings;

  private SpecResult(SpecEntry entry, String location, SpecComparison comparison, String candidate,
      SpecCheckException failure, List<String> warnings) {
    this.entry = Objects.requireNonNull(entry, "entry");
    this.location = Objects.requireNonNull(location, "location");
    this.comparison = comparison;
    this.candidate = candidate;
    this.failure = failure;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Creates the result of a completed comparison.
   *
   * @param entry the manifest entry that was checked
   * @param location where the candidate was read from
   * @param comparison the verdict and changes
   * @param candidate the candidate's text, to be written over ours on update
   * @param warnings what the parser said about either file without stopping, each naming the file
   * @return the result
   */
  public static SpecResult compared(SpecEntry entry, String location, SpecComparison comparison,
      String candidate, List<String> warnings) {
    return new SpecResult(entry, location, Objects.requireNonNull(comparison, "comparison"),
        Objects.requireNonNull(candidate, "candidate"), null, warnings);
  }

  /**
   * Creates the result of a check that could not be completed.
   *
   * @param entry the manifest entry that was checked
   * @param location where the candidate was to be read from
   * @param failure what went wrong
   * @return the result
   */
  public static SpecResult failed(SpecEntry entry, String location, SpecCheckException failure) {
    return new SpecResult(entry, location, null, null, Objects.requireNonNull(failure, "failure"),
        List.of());
  }

  /**
   * Returns the manifest entry that was checked.
   *
   * @return the entry
   */
  public SpecEntry entry() {
    return entry;
  }

  /**
   * Returns where the candidate was (or was to be) read from: a URL or a file path.
   *
   * @return the candidate's location
   */
  public String location() {
    return location;
  }

  /**
   * Returns the comparison, present when the check completed.
   *
   * @return the comparison, or empty if the check failed
   */
  public Optional<SpecComparison> comparison() {
    return Optional.ofNullable(comparison);
  }

  /**
   * Returns the candidate's text, present when the check completed.
   *
   * @return the candidate document, or empty if the check failed
   */
  public Optional<String> candidate() {
    return Optional.ofNullable(candidate);
  }

  /**
   * Returns the problem that stopped the check, present when it failed.
   *
   * @return the failure, or empty if the comparison completed
   */
  public Optional<SpecCheckException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Returns what the parser said about our file or the candidate without stopping the check, such
   * as an attribute it does not know and ignored.
   *
   * @return the warnings, each starting with the file or URL it is about; empty if there were none
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Says whether the candidate breaks code generated from ours.
   *
   * @return {@code true} if the comparison completed with {@link Verdict#BREAKING}
   */
  public boolean isBreaking() {
    return comparison != null && comparison.verdict() == Verdict.BREAKING;
  }
}
