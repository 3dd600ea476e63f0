package io.github.fiksclients.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fiks svarinn} group: receive, acknowledge and report forsendelser as a mottakersystem. */
@Command(
        name = "svarinn",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Receive forsendelser from SvarInn as a mottakersystem.",
        subcommands = {SvarInnReceiveCommand.class, SvarInnAckCommand.class, SvarInnFailCommand.class})
final class SvarInnCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: receive, ack or fail");
    }
}
