package io.github.fiksclients.secretscan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * The java.util.logging handler of every test JVM of this project, on the root logger at level ALL: each record
 * (OkHttp's and MockWebServer's, for example), with its throwable's stack trace, goes into the same log as SLF4J's,
 * in the same form, instead of to the console.
 */
final class ScanLogHandler extends Handler {

    private final TestOutput output;
    private final SimpleFormatter messages = new SimpleFormatter();

    ScanLogHandler(TestOutput output) {
        this.output = output;
        setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        StringBuilder event = new StringBuilder()
                .append(record.getLevel().getName()).append(' ').append(record.getLoggerName())
                .append(" [").append(Thread.currentThread().getName()).append("] - ")
                .append(messages.formatMessage(record)).append('\n');
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            event.append(trace);
        }
        output.log(event.toString());
    }

    @Override
    public void flush() {
        // Each record is written at once.
    }

    @Override
    public void close() {
        // The log belongs to the JVM.
    }
}
