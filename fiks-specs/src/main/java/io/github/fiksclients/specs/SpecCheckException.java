package io.github.fiksclients.specs;

/**
 * A problem that stops one spec (or the whole run) from being checked: an unreadable manifest, an
 * unknown service, an unreachable or missing candidate, or a document that is not valid OpenAPI.
 *
 * <p>The message is one line meant for the user, naming what failed and where.
 */
public class SpecCheckException extends Exception {

  /**
   * Creates the exception with a one-line message for the user.
   *
   * @param message what failed and where
   */
  public SpecCheckException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a one-line message for the user and the underlying cause.
   *
   * @param message what failed and where
   * @param cause the exception that caused it, shown only in verbose mode
   */
  public SpecCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
