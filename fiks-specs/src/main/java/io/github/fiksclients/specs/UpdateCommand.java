package io.github.fiksclients.specs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code specs update}: prints the same report as {@code check} and, with {@code --write}, replaces
 * each of our specs whose contract changed with the candidate, so that the next build regenerates it.
 */
@Command(
    name = "update",
    description = "Prints the check report and, with --write, replaces each of our specs whose contract "
        + "changed (compatible or breaking) with its newly published version. "
        + "Specs whose only differences are descriptions are left alone.",
    exitCodeListHeading = "%nExit codes (as for check, also after writing):%n",
    exitCodeList = {
        "0:no spec has breaking changes",
        "1:at least one spec has breaking changes",
        "2:a spec could not be checked or written"
    })
final class UpdateCommand extends ReportingCommand {

  @Option(names = "--write",
      description = "Write the changed specs over ours. Without it, only say what would be written.")
  boolean write;

  @Override
  void afterReport(SpecsOptions.Run run, PrintWriter out) throws SpecCheckException {
    List<SpecResult> changed = run.results().stream()
        .filter(r -> r.comparison().map(c -> c.verdict().changesContract()).orElse(false))
        .toList();
    if (changed.isEmpty()) {
      out.println("Nothing to write: no contract changed.");
      out.flush();
      return;
    }
    for (SpecResult result : changed) {
      Path file = run.manifest().fileOf(result.entry());
      if (write) {
        SpecFiles.replace(file, result.candidate().orElseThrow());
        out.println("Wrote " + file + " from " + result.location());
      } else {
        out.println("Would write " + file + " from " + result.location());
      }
    }
    out.println(write
        ? "Next: update version and upstreamRevision in specs.json and the table in specs/README.md,"
            + " then rebuild."
        : "Run again with --write to replace these files.");
    out.flush();
  }
}
