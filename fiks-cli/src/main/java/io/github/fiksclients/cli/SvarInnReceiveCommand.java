package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.ReceiveOptions;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fiks svarinn receive}: downloads, decrypts, verifies and acknowledges every new forsendelse. */
@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Download, decrypt and verify every new forsendelse into DIR/<forsendelseId>/, and acknowledge it.",
            "Files whose names are not valid on every OS are stored under safe names, shown beside their own.",
            "A forsendelse that fails a check is not acknowledged: it is reported to SvarInn as failed and named "
                    + "here, and SvarInn offers it again; once it has failed on its own content (hash, files, "
                    + "envelope, metadata) N times, counted across runs, it is reported as permanently failed, so "
                    + "SvarUt sends it another way.",
            "Exit code 0 if every forsendelse was received, 1 if one was not or SvarInn failed, 2 for a "
                    + "configuration error.",
            "Needs FIKS_SVARINN_USER, FIKS_SVARINN_PASSWORD and FIKS_SVARINN_PRIVATE_KEY."
        })
final class SvarInnReceiveCommand implements Callable<Integer> {

    @Mixin
    SvarInnOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where each forsendelse gets its own directory; created if missing.")
    Path directory;

    @Option(names = "--permanent-failure-after", paramLabel = "N",
            defaultValue = "" + ReceiveOptions.DEFAULT_PERMANENT_FAILURE_AFTER,
            description = "Report a forsendelse as permanently failed after N failures on its own content "
                    + "(default: ${DEFAULT-VALUE}; 0: never).")
    int permanentFailureAfter;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarInnReceiveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ConfigurationException("--out: " + directory + " is not a directory");
        }
        if (permanentFailureAfter < 0) {
            throw new ConfigurationException("--permanent-failure-after must be 0 or more: " + permanentFailureAfter);
        }
        ReceiveOptions receiveOptions = ReceiveOptions.builder().permanentFailureAfter(permanentFailureAfter).build();
        PrintWriter out = spec.commandLine().getOut();
        try (SvarInnClient client = options.client(context.variables(), true)) {
            out.printf("Receiving from %s (SvarInn %s) into %s%n", options.target(context.variables()).describe(),
                    options.apiVersion.name().toLowerCase(java.util.Locale.ROOT), directory);
            ReceiveResult result = new ForsendelseReceiver(out, "  ", options.service.verbose)
                    .receive(client, directory, receiveOptions);
            return result.hasFailures() ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
