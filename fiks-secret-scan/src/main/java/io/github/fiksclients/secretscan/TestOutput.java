package io.github.fiksclients.secretscan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * Everything the tests of this JVM made visible, until the next scan: the log (SLF4J's and java.util.logging's,
 * written to, and read back from, the file the system property {@value #LOG_FILE_PROPERTY} names, by default
 * {@value #LOG_FILE} under the module's directory), standard output and error, and the messages of thrown
 * exceptions; and what kept it from seeing all of that.
 *
 * <p>Starts on first use: replaces {@code System.out} and {@code System.err} by streams that also copy into it,
 * puts its handler on java.util.logging's root logger at level ALL (instead of the console handler), and starts
 * recording thrown exceptions.
 */
final class TestOutput {

    /** The system property that says where the log goes; each test JVM of a module should have its own file. */
    static final String LOG_FILE_PROPERTY = "fiks.secretscan.logFile";

    /** Where the log goes by default, relative to the module's directory. */
    static final String LOG_FILE = "target/test-log.txt";

    private static final TestOutput INSTANCE = new TestOutput();

    private final OutputStream logFile;
    private final Path logPath;
    private final StreamCopy stdout;
    private final StreamCopy stderr;
    private final ThrownMessages thrown = ThrownMessages.start();
    private final ScanLogHandler julHandler = new ScanLogHandler(this);
    private final List<Capture> captured = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private long logBytes;
    private long scannedLogBytes;
    private long scannedLogLines;

    private TestOutput() {
        logPath = Path.of(System.getProperty("basedir", "."))
                .resolve(System.getProperty(LOG_FILE_PROPERTY, LOG_FILE)).toAbsolutePath().normalize();
        try {
            Files.createDirectories(logPath.getParent());
            logFile = Files.newOutputStream(logPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stdout = new StreamCopy("stdout", System.out);
        stderr = new StreamCopy("stderr", System.err);
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        root.addHandler(julHandler);
        root.setLevel(Level.ALL);
    }

    /**
     * The output of this JVM, started on the first call.
     *
     * @return the one instance
     */
    static TestOutput get() {
        return INSTANCE;
    }

    /**
     * Adds a logged event, a line or more ending with a line break.
     *
     * @param event the formatted event
     */
    synchronized void log(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        try {
            logFile.write(bytes);
            logBytes += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The log's length so far, to read what is logged after it with {@link #logSince}.
     *
     * @return the number of bytes in the log file
     */
    synchronized long logLength() {
        return logBytes;
    }

    /**
     * What was logged after a point, read back from the log file (so the log is not kept in memory).
     *
     * @param start a length from {@link #logLength()}
     * @return the log from there
     */
    synchronized String logSince(long start) {
        try (InputStream in = Files.newInputStream(logPath)) {
            in.skipNBytes(start);
            return new String(in.readNBytes((int) (logBytes - start)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds output that a test captured itself instead of letting it reach the standard streams.
     *
     * @param source what printed it
     * @param text the output
     */
    synchronized void add(String source, String text) {
        captured.add(new Capture(source, 1, text));
    }

    /**
     * Takes what arrived since the last call, to scan it.
     *
     * @return the new log, standard output and error, and the messages of exceptions thrown meanwhile
     */
    List<Capture> takeNew() {
        List<Capture> taken = new ArrayList<>();
        synchronized (this) {
            String newLog = logSince(scannedLogBytes);
            scannedLogBytes = logBytes;
            taken.add(new Capture("log " + logPath, scannedLogLines + 1, newLog));
            scannedLogLines += newLog.chars().filter(c -> c == '\n').count();
            taken.addAll(captured);
            captured.clear();
        }
        taken.add(stdout.takeNew());
        taken.add(stderr.takeNew());
        try {
            taken.add(thrown.takeNew());
        } catch (IllegalStateException e) {
            problem("cannot record exception messages: " + e.getMessage()
                    + "; run the tests on a JDK with Java Flight Recorder (the jdk.jfr module)");
        }
        checkJavaUtilLogging();
        return taken;
    }

    /**
     * Takes what kept the scan from seeing everything since the last call.
     *
     * @return one line per problem; empty if the scan saw everything
     */
    synchronized List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    private synchronized void problem(String problem) {
        problems.add(problem);
    }

    /** Puts the handler back, and says so, if java.util.logging was reset or reconfigured since the last scan. */
    private void checkJavaUtilLogging() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        if (!List.of(root.getHandlers()).contains(julHandler) || !Level.ALL.equals(root.getLevel())) {
            problem("java.util.logging was reset or reconfigured (LogManager.reset or readConfiguration?), so its "
                    + "records since the last scan may not have been scanned; the scan's handler is put back");
            root.addHandler(julHandler);
            root.setLevel(Level.ALL);
        }
    }
}
