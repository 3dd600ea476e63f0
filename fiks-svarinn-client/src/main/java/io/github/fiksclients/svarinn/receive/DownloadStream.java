package io.github.fiksclients.svarinn.receive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Wraps the downloaded bytes so that their read failures can be told apart from failures of decryption and
 * unpacking further down, however the layers in between wrap them: the failure is thrown, and also kept, since a
 * layer may rethrow it as a new exception with its message but without it as the cause.
 */
final class DownloadStream extends FilterInputStream {

    private long bytesRead;
    private Failure failure;

    DownloadStream(InputStream download) {
        super(download);
    }

    @Override
    public int read() throws IOException {
        try {
            int b = in.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = in.read(b, off, len);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            long skipped = in.skip(n);
            bytesRead += skipped;
            return skipped;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private Failure failed(IOException cause) {
        Failure thrown = new Failure(cause, bytesRead);
        if (failure == null) {
            failure = thrown;
        }
        return thrown;
    }

    /**
     * The first read failure of the download, once there has been one.
     *
     * @return the failure, or {@code null} while reading has not failed
     */
    Failure failure() {
        return failure;
    }

    /**
     * Finds the read failure of the download in a chain of causes.
     *
     * @param thrown a failure from any layer above
     * @return the download's failure, or {@code null} if the download did not fail
     */
    static Failure findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Failure failure) {
                return failure;
            }
        }
        return null;
    }

    /** A read failure of the download itself, with how far the download got. */
    static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        Failure(IOException cause, long bytesRead) {
            super("reading the download failed after " + bytesRead + " bytes: " + cause.getMessage(), cause);
        }
    }
}
