package io.github.fiksclients.specs;

import picocli.CommandLine;

/**
 * Runs {@link SpecsCommand} on its own, without the {@code fiks} CLI, for example from Maven:
 * {@code mvn -q -pl fiks-specs compile exec:java -Dexec.args="check --service innsyn"}.
 */
public final class SpecsMain {

  private SpecsMain() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments, starting with {@code check} or {@code update}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SpecsCommand()).execute(args));
  }
}
