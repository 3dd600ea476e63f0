package io.github.fiksclients.svarinn;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps two receives, in this process or another, out of one target directory at a time: an exclusive lock on the
 * hidden file {@value #FILE_NAME} in it, held for the whole receive. The file is never deleted (deleting a lock file
 * races with the next process to open it); the lock goes with the process, even when it crashes.
 *
 * <p>Where the file system does not support locks (some network shares), the receive goes on unlocked, and leaves
 * the leftovers of crashed receives in place, since they could belong to a receive running elsewhere.
 */
final class TargetDirectoryLock implements AutoCloseable {

    /** The lock file's name in the target directory. */
    static final String FILE_NAME = ".fiks-svarinn.lock";

    private static final Logger LOG = LoggerFactory.getLogger(SvarInnClient.class);

    private final FileChannel channel;
    private final FileLock lock;

    private TargetDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an existing target directory.
     *
     * @param targetDirectory the directory
     * @return the lock, to close when the receive ends; {@link #held()} is {@code false} where locks are not
     *     supported
     * @throws SvarInnException if another receive holds it, or the lock file cannot be opened
     */
    static TargetDirectoryLock acquire(Path targetDirectory) {
        Path file = targetDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new SvarInnException("Cannot open the lock file " + file + ": " + e, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            LOG.warn("Cannot lock {} ({}): receiving without a lock, and leaving what crashed receives left there",
                    file, e.toString());
            return new TargetDirectoryLock(channel, null);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new SvarInnException("Another receive is running in " + targetDirectory + " (it holds "
                    + FILE_NAME + "): try again when it has ended");
        }
        return new TargetDirectoryLock(channel, lock);
    }

    /**
     * Tells whether this receive holds the lock, so no other receive writes to the directory.
     *
     * @return {@code false} only where the file system does not support locks
     */
    boolean held() {
        return lock != null;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("Releasing the lock of the target directory failed; closing its file releases it", e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing the lock file failed", e);
        }
    }
}
