package io.github.fiksclients.secretscan;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger of the test JVM: every level is on; each event, with its throwable's full stack trace (causes and
 * suppressed included), goes to {@link TestOutput}.
 */
final class ScanLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final boolean enabled;

    ScanLogger(String name, boolean enabled) {
        this.name = name;
        this.enabled = enabled;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled;
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled;
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled;
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled;
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
            Throwable throwable) {
        StringBuilder event = new StringBuilder()
                .append(level).append(' ').append(name).append(" [").append(Thread.currentThread().getName())
                .append("] - ").append(MessageFormatter.basicArrayFormat(messagePattern, arguments)).append('\n');
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            event.append(trace);
        }
        TestOutput.get().log(event.toString());
    }
}
