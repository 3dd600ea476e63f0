package io.github.fiksclients.secretscan;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** Makes the test JVM's loggers: all at TRACE, except the third-party wire logs the scan leaves out. */
final class ScanLoggerFactory implements ILoggerFactory {

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new ScanLogger(n, !SecretScan.UNSCANNED_LOGGERS.contains(n)));
    }
}
