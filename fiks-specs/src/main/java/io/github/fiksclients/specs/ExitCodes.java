package io.github.fiksclients.specs;

import java.util.List;

/** The exit codes of {@code specs check} and {@code specs update}, for scripts. */
final class ExitCodes {

  /** Every spec was checked and none is breaking. */
  static final int OK = 0;

  /** At least one spec has breaking changes. */
  static final int BREAKING = 1;

  /** At least one spec could not be checked, or the run could not start. */
  static final int ERROR = 2;

  private ExitCodes() {}

  static int of(List<SpecResult> results) {
    if (results.stream().anyMatch(r -> r.failure().isPresent())) {
      return ERROR;
    }
    return results.stream().anyMatch(SpecResult::isBreaking) ? BREAKING : OK;
  }
}
