package io.github.fiksclients.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fiks svarut} group: send forsendelser through SvarUt and follow them up. */
@Command(
        name = "svarut",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Send forsendelser through SvarUt, ask for their status, and look up receiving systems.",
        subcommands = {SvarUtSendCommand.class, SvarUtStatusCommand.class, SvarUtMottakersystemCommand.class})
final class SvarUtCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: send, status or mottakersystem");
    }
}
