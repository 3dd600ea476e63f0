package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.SvarInnClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks svarinn fail ID --reason TEXT}: tells SvarInn a forsendelse could not be received. */
@Command(
        name = "fail",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Report a forsendelse as not received; the sender sees the reason.",
            "Needs FIKS_SVARINN_USER and FIKS_SVARINN_PASSWORD."
        })
final class SvarInnFailCommand implements Callable<Integer> {

    @Mixin
    SvarInnOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The forsendelse's id.")
    String forsendelseId;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why it could not be received, for the sender; no secrets or personal data.")
    String reason;

    @Option(names = "--permanent",
            description = "Receiving it will never succeed: SvarUt sends it another way (Altinn or paper) unless "
                    + "it is digital only. Without it, SvarInn offers it again.")
    boolean permanent;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarInnFailCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (reason.isBlank()) {
            throw new ConfigurationException("--reason must not be blank");
        }
        try (SvarInnClient client = options.client(context.variables(), false)) {
            client.reportFailure(forsendelseId, reason, permanent);
        }
        spec.commandLine().getOut().println("Reported forsendelse " + forsendelseId + " as failed"
                + (permanent ? ", permanently: SvarUt will send it another way unless it is digital only."
                        : ": SvarInn will offer it again."));
        return ExitCodes.OK;
    }
}
