package io.github.fiksclients.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Assembles the {@code fiks} command line: the commands, their context, and the error handling. */
final class FiksCli {

    private FiksCli() {
    }

    /**
     * Creates the command line; run it with {@link CommandLine#execute(String...)}, which returns the exit code.
     *
     * @param context the variables and simulator wait the commands use
     * @return the command line, writing to {@code System.out} and {@code System.err} unless told otherwise
     */
    static CommandLine commandLine(CliContext context) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new FiksCommand(), new ContextFactory(context))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** Creates the commands that take a {@link CliContext} with it, and everything else as picocli does. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext context;

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<K> withContext;
            try {
                withContext = type.getDeclaredConstructor(CliContext.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
            return withContext.newInstance(context);
        }
    }
}
