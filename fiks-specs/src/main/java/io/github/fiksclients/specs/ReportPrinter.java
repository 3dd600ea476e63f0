package io.github.fiksclients.specs;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints check results for people: one line per spec with its verdict, one indented line per named
 * change and per parser warning, a summary, and one line per problem on the error stream.
 */
final class ReportPrinter {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;

  ReportPrinter(PrintWriter out, PrintWriter err, boolean verbose) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  void print(String candidates, List<SpecResult> results) {
    out.println("Comparing our specs with the candidates from " + candidates);
    results.forEach(this::print);
    out.println(summary(results));
    out.flush();
  }

  private void print(SpecResult result) {
    String file = result.entry().file();
    if (result.failure().isPresent()) {
      out.println(file + ": not checked");
      error(file + ": " + result.failure().get().getMessage(), result.failure().get());
      return;
    }
    SpecComparison comparison = result.comparison().orElseThrow();
    out.println(file + ": " + comparison.verdict().label());
    for (SpecChange change : comparison.changes()) {
      String where = change.endpoint().isEmpty() ? "" : change.endpoint() + ": ";
      String kind = change.breaking() ? "breaking    " : "compatible  ";
      out.println("  " + kind + where + change.description());
    }
    for (String warning : result.warnings()) {
      out.println("  warning     parser: " + warning);
    }
  }

  private static String summary(List<SpecResult> results) {
    return "Summary: " + results.size() + (results.size() == 1 ? " spec" : " specs")
        + ", " + count(results, Verdict.UNCHANGED) + " unchanged"
        + ", " + count(results, Verdict.DESCRIPTIONS_ONLY) + " descriptions only"
        + ", " + count(results, Verdict.COMPATIBLE) + " compatible"
        + ", " + count(results, Verdict.BREAKING) + " breaking"
        + ", " + results.stream().filter(r -> r.failure().isPresent()).count() + " not checked";
  }

  private static long count(List<SpecResult> results, Verdict verdict) {
    return results.stream()
        .filter(r -> r.comparison().map(c -> c.verdict() == verdict).orElse(false))
        .count();
  }

  void error(String message, Throwable cause) {
    err.println("error: " + message);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }
}
