package io.github.fiksclients.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fiks innsyn} group: index meldinger as the integration, and search them for a citizen. */
@Command(
        name = "innsyn",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Index meldinger in Fiks Innsyn, and search them for a citizen.",
        subcommands = {InnsynIndexCommand.class, InnsynSearchCommand.class})
final class InnsynCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: index or search");
    }
}
