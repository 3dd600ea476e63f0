package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.IndexFailure;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Every line is checked first: a bad line stops the command before anything is sent (exit 2).",
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
        long count = lines.check();
        Target target = options.target(context.variables(), Variables.INNSYN_URL);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexSummary summary;
        try (InnsynClient innsyn = InnsynClients.forIndexing(target, context.variables(), batchSize, options.verbose);
                Stream<InnsynMelding> meldinger = lines.meldinger()) {
            out.printf("Indexing %d meldinger from %s in %s%n", count, file, target.describe());
            out.flush();
            summary = innsyn.index(meldinger, progress -> {
                err.printf("  batch %d indexed: %d of %d meldinger%n", progress.batchesDone(),
                        progress.meldingerDone(), count);
                err.flush();
            });
        }
        return report(summary, out);
    }

    private int report(IndexSummary summary, PrintWriter out) {
        out.printf("Indexed %d meldinger in %d %s: %d opprettet, %d oppdatert, %d mangler samtykke%n",
                summary.meldingerIndexed(), summary.batchesIndexed(),
                summary.batchesIndexed() == 1 ? "batch" : "batches",
                summary.opprettet(), summary.oppdatert(), summary.manglerSamtykke());
        if (summary.failure().isEmpty()) {
            return ExitCodes.OK;
        }
        IndexFailure failure = summary.failure().get();
        out.printf("Stopped: %s%n", failure.reason());
        if (options.verbose) {
            out.printf("    %s%n", Problems.describe(failure.cause(), true));
        }
        long indexed = summary.meldingerIndexed();
        out.printf("%s; %s. To resume, index the file from line %d.%n",
                indexed == 0 ? "No line is indexed" : "Lines 1 to " + indexed + " are indexed",
                failure.mayBePartlyIndexed() ? "the failed batch may be partly indexed"
                        : "nothing of the failed batch was indexed",
                indexed + 1);
        return ExitCodes.of(failure.cause());
    }
}
