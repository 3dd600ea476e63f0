package io.github.fiksclients.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The output stream wrappers that damage a download on purpose. */
final class OutputStreams {

    static final OutputStream DISCARD = OutputStream.nullOutputStream();

    private OutputStreams() {
    }

    /** Passes on the first {@code limit} bytes, then flushes them and drops the connection. */
    static OutputStream truncatingAfter(OutputStream out, long limit) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (written >= limit) {
                    out.flush();
                    throw new ConnectionDrop("download truncated after " + limit + " bytes");
                }
                out.write(b);
                written++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                long room = limit - written;
                int passed = (int) Math.min(room, length);
                out.write(bytes, offset, passed);
                written += passed;
                if (passed < length) {
                    write(bytes[offset + passed]);
                }
            }
        };
    }

    /** Inverts every bit of the first {@code count} bytes and passes on the rest unchanged. */
    static OutputStream invertingFirst(OutputStream out, int count) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(written < count ? ~b & 0xFF : b);
                written++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (written >= count) {
                    out.write(bytes, offset, length);
                    written += length;
                    return;
                }
                for (int i = 0; i < length; i++) {
                    write(bytes[offset + i]);
                }
            }
        };
    }
}
