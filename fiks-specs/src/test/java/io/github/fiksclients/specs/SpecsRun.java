package io.github.fiksclients.specs;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code specs} command in-process, as the CLI would, and captures what it printed. */
record SpecsRun(int exitCode, String out, String err) {

  static SpecsRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = new CommandLine(new SpecsCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new SpecsRun(exitCode, out.toString(), err.toString());
  }
}
