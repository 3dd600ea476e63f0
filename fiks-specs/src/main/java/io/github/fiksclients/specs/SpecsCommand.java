package io.github.fiksclients.specs;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code specs} command: see what a newly published Fiks spec changes before regenerating the
 * clients ({@code specs check}), and take it over ({@code specs update --write}).
 *
 * <p>Add it to a picocli command as a subcommand, for example
 * {@code new CommandLine(new FiksCommand()).addSubcommand(new SpecsCommand())}, or run it alone
 * with {@link SpecsMain}.
 */
@Command(
    name = "specs",
    description = "Compares our Fiks specs with the newly published ones.",
    subcommands = {CheckCommand.class, UpdateCommand.class})
public final class SpecsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** Creates the command; picocli fills in its subcommands. */
  public SpecsCommand() {
    // Picocli injects the command spec.
  }

  /**
   * Runs when no subcommand is given: reports the missing subcommand with the usage help.
   *
   * @throws CommandLine.ParameterException always, so that picocli prints usage and exits with 2
   */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check or update");
  }
}
