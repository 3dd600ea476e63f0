package io.github.fiksclients.cli;

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
            "A forsendelse that fails a check is not acknowledged: it is reported to SvarInn as failed (not "
                    + "permanently) and named here, and SvarInn offers it again.",
            "Needs FIKS_SVARINN_USER, FIKS_SVARINN_PASSWORD and FIKS_SVARINN_PRIVATE_KEY."
        })
final class SvarInnReceiveCommand implements Callable<Integer> {

    @Mixin
    SvarInnOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where each forsendelse gets its own directory; created if missing.")
    Path directory;

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
        PrintWriter out = spec.commandLine().getOut();
        try (SvarInnClient client = options.client(context.variables(), true)) {
            out.printf("Receiving from %s (SvarInn %s) into %s%n", options.target(context.variables()).describe(),
                    options.apiVersion.name().toLowerCase(java.util.Locale.ROOT), directory);
            ReceiveResult result = new ForsendelseReceiver(out, "  ", options.service.verbose)
                    .receive(client, directory);
            return result.hasFailures() ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }
}
