package io.github.fiksclients.specs;

import java.util.Comparator;
import java.util.Objects;

/**
 * One named difference between our spec and a candidate, such as a removed endpoint or a new
 * required parameter.
 *
 * @param path the endpoint's path, or an empty string for a change to the whole document
 * @param method the endpoint's HTTP method in upper case, or an empty string
 * @param description what changed, in plain words, naming parameters and properties
 * @param breaking whether existing code or existing requests may stop working
 */
public record SpecChange(String path, String method, String description, boolean breaking)
    implements Comparable<SpecChange> {

  private static final Comparator<SpecChange> ORDER =
      Comparator.comparing(SpecChange::path)
          .thenComparing(SpecChange::method)
          .thenComparing(SpecChange::description);

  /**
   * Checks that every field is present.
   *
   * @param path the endpoint's path, or an empty string for a change to the whole document
   * @param method the endpoint's HTTP method in upper case, or an empty string
   * @param description what changed, in plain words, naming parameters and properties
   * @param breaking whether existing code or existing requests may stop working
   * @throws NullPointerException if a field is {@code null}
   */
  public SpecChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns the endpoint this change belongs to, as {@code METHOD /path}.
   *
   * @return the endpoint, or an empty string for a change to the whole document
   */
  public String endpoint() {
    return method.isEmpty() ? path : method + " " + path;
  }

  /**
   * Orders changes by path, then method, then description, so reports are stable.
   *
   * @param other the change to compare with
   * @return a negative number, zero or a positive number as for {@link Comparable}
   */
  @Override
  public int compareTo(SpecChange other) {
    return ORDER.compare(this, other);
  }
}
