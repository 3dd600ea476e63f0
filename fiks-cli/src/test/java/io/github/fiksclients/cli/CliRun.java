package io.github.fiksclients.cli;

import io.github.fiksclients.testkit.FiksSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the {@code fiks} command line in this JVM with given variables, and captures what it printed: its stdout,
 * its stderr, and the log, which slf4j-simple writes to {@code System.err}.
 *
 * @param exitCode what the command returned
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 * @param log what was logged meanwhile
 */
record CliRun(int exitCode, String out, String err, String log) {

    /** Everything printed, for checks that something appears nowhere. */
    String everything() {
        return out + err + log;
    }

    static CliRun run(Map<String, String> variables, String... args) {
        return run(variables, (simulator, printed) -> { }, args);
    }

    /** Runs a command; if it is {@code fiks simulator}, calls {@code whileServing} while its simulator runs. */
    static CliRun run(Map<String, String> variables, WhileServing whileServing, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        int exitCode;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            SimulatorWait wait = simulator -> whileServing.accept(simulator, out.toString());
            CommandLine commandLine = FiksCli.commandLine(new CliContext(Variables.of(variables), wait));
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            exitCode = commandLine.execute(args);
        } finally {
            System.setErr(systemErr);
        }
        return new CliRun(exitCode, out.toString(), err.toString(), log.toString(StandardCharsets.UTF_8));
    }

    /** What a test does while {@code fiks simulator} serves. */
    @FunctionalInterface
    interface WhileServing {

        /**
         * Uses the running simulator.
         *
         * @param simulator the simulator the command started
         * @param printed what the command printed before it began to wait
         */
        void accept(FiksSimulator simulator, String printed);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err + "--- log\n" + log;
    }
}
