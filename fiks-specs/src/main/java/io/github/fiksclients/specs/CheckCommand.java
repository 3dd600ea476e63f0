package io.github.fiksclients.specs;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code specs check}: reports what each newly published spec changes against ours. */
@Command(
    name = "check",
    description = "Compares each of our specs with its newly published version and reports, per file, "
        + "whether it is unchanged, changes compatibly, or breaks code generated from ours.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no spec has breaking changes",
        "1:at least one spec has breaking changes",
        "2:a spec could not be checked (unreachable URL, missing or invalid document, unknown service)"
    })
final class CheckCommand extends ReportingCommand {

  @Override
  void afterReport(SpecsOptions.Run run, PrintWriter out) {
    // The report is the whole of check.
  }
}
