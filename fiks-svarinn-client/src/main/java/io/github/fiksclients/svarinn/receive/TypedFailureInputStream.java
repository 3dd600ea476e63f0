package io.github.fiksclients.svarinn.receive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;

/**
 * Passes reads through and turns every failure into the typed exception that a classifier chooses, so that
 * callers reading a forsendelse see only {@link ForsendelseReceiveException}s.
 */
final class TypedFailureInputStream extends FilterInputStream {

    private final String forsendelseId;
    private final BiFunction<String, Exception, ForsendelseReceiveException> classifier;

    TypedFailureInputStream(InputStream in, String forsendelseId,
            BiFunction<String, Exception, ForsendelseReceiveException> classifier) {
        super(in);
        this.forsendelseId = forsendelseId;
        this.classifier = classifier;
    }

    @Override
    public int read() {
        try {
            return in.read();
        } catch (IOException | RuntimeException e) {
            throw classifier.apply(forsendelseId, e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            return in.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            throw classifier.apply(forsendelseId, e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return in.skip(n);
        } catch (IOException | RuntimeException e) {
            throw classifier.apply(forsendelseId, e);
        }
    }

    @Override
    public int available() {
        try {
            return in.available();
        } catch (IOException | RuntimeException e) {
            throw classifier.apply(forsendelseId, e);
        }
    }
}
