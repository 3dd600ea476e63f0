package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.IndexFailure;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.RefusedMelding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks innsyn index FILE}: indexes the meldinger of a JSON Lines file, in batches. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Index the meldinger of a JSON Lines file (one melding per line) in batches, with retries.",
            "The metadata is 'metadata' (a JSON object) or 'meldingMetadata' (a JSON object, or Base64 as on the wire).",
            "A line that is not a melding, or a melding Innsyn refuses, is named and left out; the others are indexed",
            "(exit 1 if any was left out).",
            "Needs FIKS_INTEGRASJON_ID, FIKS_INTEGRASJON_PASSORD, FIKS_MASKINPORTEN_ISSUER and a Maskinporten key."
        })
final class InnsynIndexCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meldinger, one JSON object per line.")
    Path file;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + InnsynClient.MAX_BATCH_SIZE,
            description = "Meldinger per request, 1 to ${DEFAULT-VALUE} (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    InnsynIndexCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (batchSize < 1 || batchSize > InnsynClient.MAX_BATCH_SIZE) {
            throw new ConfigurationException("--batch-size must be from 1 to " + InnsynClient.MAX_BATCH_SIZE);
        }
        MeldingLines lines = new MeldingLines(file);
        MeldingLines.Scan scan = lines.scan();
        Target target = options.target(context.variables(), Variables.INNSYN_URL);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexSummary summary;
        try (InnsynClient innsyn = InnsynClients.forIndexing(target, context.variables(), batchSize, options.verbose);
                Stream<InnsynMelding> meldinger = lines.meldinger()) {
            out.printf("Indexing %d meldinger from %s in %s%s%n", scan.meldinger(), file, target.describe(),
                    scan.bad().isEmpty() ? "" : " (" + lineCount(scan.bad().size()) + " of " + scan.lines()
                            + " not meldinger, listed below)");
            out.flush();
            summary = innsyn.index(meldinger, progress -> {
                err.printf("  batch %d indexed: %d of %d meldinger%n", progress.batchesDone(),
                        progress.meldingerDone(), scan.meldinger());
                err.flush();
            });
        }
        return report(scan, summary, out);
    }

    private int report(MeldingLines.Scan scan, IndexSummary summary, PrintWriter out) {
        out.printf("Indexed %d meldinger in %d %s: %d opprettet, %d oppdatert, %d mangler samtykke%n",
                summary.meldingerIndexed(), summary.batchesIndexed(),
                summary.batchesIndexed() == 1 ? "batch" : "batches",
                summary.opprettet(), summary.oppdatert(), summary.manglerSamtykke());
        List<NotIndexed> notIndexed = new ArrayList<>();
        scan.bad().forEach(bad -> notIndexed.add(new NotIndexed(bad.line(), "not a melding: " + bad.problem())));
        for (RefusedMelding refused : summary.refused()) {
            notIndexed.add(new NotIndexed(scan.lineOf(refused.position()), "meldingId "
                    + (refused.meldingId() == null ? "-" : refused.meldingId()) + ": " + refused.reason()));
        }
        if (!notIndexed.isEmpty()) {
            notIndexed.sort(Comparator.comparingLong(NotIndexed::line));
            out.printf("Not indexed: %s%n", lineCount(notIndexed.size()));
            notIndexed.forEach(line -> out.printf("  line %d: %s%n", line.line(), line.why()));
        }
        if (summary.failure().isEmpty()) {
            return notIndexed.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
        IndexFailure failure = summary.failure().get();
        out.printf("Stopped: %s%n", failure.reason());
        if (options.verbose) {
            out.printf("    %s%n", Problems.describe(failure.cause(), true));
        }
        long done = summary.meldingerDone();
        long resume = done < scan.meldinger() ? scan.lineOf(done) : scan.lines() + 1;
        out.printf("%s; %s. To resume, index the file from line %d.%n",
                resume == 1 ? "No line is done" : "Lines 1 to " + (resume - 1) + " are done (indexed, or listed above)",
                failure.mayBePartlyIndexed() ? "the failed batch may be partly indexed"
                        : "nothing of the failed batch was indexed",
                resume);
        return ExitCodes.of(failure.cause());
    }

    private static String lineCount(int lines) {
        return lines + (lines == 1 ? " line" : " lines");
    }

    /** A line of the file that was not indexed, and why. */
    private record NotIndexed(long line, String why) {
    }
}
