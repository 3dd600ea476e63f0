package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when the files of a forsendelse cannot be written to, or moved into, the target directory, for
 * instance because the disk is full or the directory is not writable.
 */
public final class ForsendelseStorageException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseStorageException(String forsendelseId, String message, Throwable cause) {
        super(forsendelseId, message, cause);
    }
}
