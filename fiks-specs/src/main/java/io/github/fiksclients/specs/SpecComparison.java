package io.github.fiksclients.specs;

import java.util.List;
import java.util.Objects;

/**
 * The result of comparing our spec with a candidate: the verdict and the named changes behind it.
 *
 * @param verdict how the candidate affects code generated from ours
 * @param changes the contract changes, sorted; empty when only descriptions differ
 */
public record SpecComparison(Verdict verdict, List<SpecChange> changes) {

  /**
   * Copies the changes into an immutable sorted list.
   *
   * @param verdict how the candidate affects code generated from ours
   * @param changes the contract changes, sorted; empty when only descriptions differ
   * @throws NullPointerException if an argument is {@code null}
   */
  public SpecComparison {
    Objects.requireNonNull(verdict, "verdict");
    changes = changes.stream().sorted().toList();
  }
}
