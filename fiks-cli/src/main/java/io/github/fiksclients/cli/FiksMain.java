package io.github.fiksclients.cli;

/**
 * The {@code fiks} command-line tool: receive from SvarInn, index and search Fiks Innsyn, check the Fiks specs,
 * and run the embedded Fiks simulator or a demo against it. Run {@code java -jar fiks.jar --help}.
 *
 * <p>Configuration comes from options and environment variables (see the project README); exit codes are 0 for
 * success, 1 when some items failed, and 2 for a usage or configuration error.
 */
public final class FiksMain {

    private FiksMain() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line, such as {@code demo} or {@code svarinn receive --out innkommende}
     */
    public static void main(String[] args) {
        Variables variables = Variables.system();
        FiksLogging.configure(args, variables);
        System.exit(FiksCli.commandLine(new CliContext(variables, SimulatorWait.UNTIL_STOPPED)).execute(args));
    }
}
