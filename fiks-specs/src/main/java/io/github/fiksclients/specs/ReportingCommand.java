package io.github.fiksclients.specs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The common run of {@code specs check} and {@code specs update}: check the selected specs, print
 * the report, let the subcommand act on it, and turn the outcome into an exit code.
 */
abstract class ReportingCommand implements Callable<Integer> {

  @Mixin
  SpecsOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReportPrinter printer = new ReportPrinter(out, spec.commandLine().getErr(), options.verbose);
    try {
      SpecsOptions.Run run = options.check();
      printer.print(run.candidates(), run.results());
      afterReport(run, out);
      return ExitCodes.of(run.results());
    } catch (SpecCheckException e) {
      printer.error(e.getMessage(), e);
      return ExitCodes.ERROR;
    } catch (RuntimeException e) {
      printer.error("unexpected failure: " + e, e);
      return ExitCodes.ERROR;
    }
  }

  /** Acts on the report once it is printed; {@code check} does nothing more. */
  abstract void afterReport(SpecsOptions.Run run, PrintWriter out) throws SpecCheckException;
}
