package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.SvarInnClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks svarinn ack ID}: tells SvarInn a forsendelse has been received, so it is not offered again. */
@Command(
        name = "ack",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Acknowledge a forsendelse: tell SvarInn it is received and imported, so it is not offered again.",
            "Needs FIKS_SVARINN_USER and FIKS_SVARINN_PASSWORD."
        })
final class SvarInnAckCommand implements Callable<Integer> {

    @Mixin
    SvarInnOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The forsendelse's id.")
    String forsendelseId;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarInnAckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (SvarInnClient client = options.client(context.variables(), false)) {
            client.acknowledge(forsendelseId);
        }
        spec.commandLine().getOut().println("Acknowledged forsendelse " + forsendelseId
                + ": SvarInn will not offer it again.");
        return ExitCodes.OK;
    }
}
