package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.io.InputStream;

/** Serves bytes like a download that breaks off: after {@code failAfter} bytes every read throws. */
final class FailingInputStream extends InputStream {

    private final byte[] content;
    private final int failAfter;
    private int position;

    FailingInputStream(byte[] content, int failAfter) {
        this.content = content;
        this.failAfter = failAfter;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= failAfter) {
            throw new IOException("Connection reset");
        }
        if (position >= content.length) {
            return -1;
        }
        int n = Math.min(len, Math.min(failAfter, content.length) - position);
        System.arraycopy(content, position, b, off, n);
        position += n;
        return n;
    }
}
