package io.github.fiksclients.cli;

import io.github.fiksclients.secretscan.CapturedOutput;
import io.github.fiksclients.secretscan.TestLog;
import io.github.fiksclients.testkit.FiksSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Runs the {@code fiks} command line in this JVM with given variables, and captures what it printed: its stdout,
 * its stderr, anything written to {@code System.err}, and the log (in tests, the secret scan's binding logs
 * everything at TRACE; the tool's own slf4j-simple setup is tested by {@code ShadedJarIT}). All of it goes to the
 * secret scan too.
 *
 * @param exitCode what the command returned
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 * @param log what was logged meanwhile
 */
record CliRun(int exitCode, String out, String err, String log) {

    /**
     * The one output of the tool the secret scan does not see: {@code fiks simulator --with-demo-data} prints a
     * person token of the local simulator on purpose, for its user to export.
     */
    private static final Pattern DEMO_PERSON_TOKEN = Pattern.compile("(FIKS_PERSON_TOKEN=')[^']*'");

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
        ByteArrayOutputStream systemErrText = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        TestLog log = TestLog.start();
        int exitCode;
        System.setErr(new PrintStream(systemErrText, true, StandardCharsets.UTF_8));
        try {
            SimulatorWait wait = simulator -> whileServing.accept(simulator, out.toString());
            CommandLine commandLine = FiksCli.commandLine(new CliContext(Variables.of(variables), wait));
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            exitCode = commandLine.execute(args);
        } finally {
            System.setErr(systemErr);
        }
        String command = "fiks " + String.join(" ", args);
        CapturedOutput.add(command + " stdout", args.length > 0 && args[0].equals("simulator")
                ? DEMO_PERSON_TOKEN.matcher(out.toString()).replaceAll("$1<the simulator's demo person token>'")
                : out.toString());
        CapturedOutput.add(command + " stderr", err.toString());
        CapturedOutput.add(command + " System.err", systemErrText.toString(StandardCharsets.UTF_8));
        return new CliRun(exitCode, out.toString(), err.toString(),
                systemErrText.toString(StandardCharsets.UTF_8) + log.text());
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
