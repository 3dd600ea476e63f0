package io.github.fiksclients.cli;

import io.github.fiksclients.specs.SpecsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fiks} command itself: only its subcommands do something. */
@Command(
        name = "fiks",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = "Send through SvarUt, receive from SvarInn, index and search Fiks Innsyn, check the Fiks specs, and try it all "
                + "against an embedded Fiks simulator.",
        subcommands = {
            DemoCommand.class,
            SimulatorCommand.class,
            SvarInnCommand.class,
            SvarUtCommand.class,
            InnsynCommand.class,
            SpecsCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 some items failed, 2 usage or configuration error."})
final class FiksCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: demo, simulator, svarut, svarinn, innsyn or specs");
    }
}
