package io.github.fiksclients.specs;

/** What a candidate spec means for code generated from ours, from harmless to breaking. */
public enum Verdict {

  /** The candidate states exactly what ours states. */
  UNCHANGED("unchanged"),

  /** Only prose differs (descriptions, summaries, examples): the contract is the same. */
  DESCRIPTIONS_ONLY("unchanged (descriptions only)"),

  /** The contract grows (new endpoints, optional parameters or properties); existing code keeps working. */
  COMPATIBLE("compatible changes"),

  /** Something existing code or existing requests rely on changes or disappears. */
  BREAKING("BREAKING changes");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /**
   * Returns the words the report uses for this verdict.
   *
   * @return a short label, for example {@code compatible changes}
   */
  public String label() {
    return label;
  }

  /**
   * Says whether regenerating from the candidate would change the generated contract.
   *
   * @return {@code true} for {@link #COMPATIBLE} and {@link #BREAKING}
   */
  public boolean changesContract() {
    return this == COMPATIBLE || this == BREAKING;
  }
}
