package io.github.fiksclients.svarinn.receive;

import java.util.Optional;

/**
 * Thrown when the files of a forsendelse do not match its metadata.
 *
 * <p>{@link #reason()} says how they differ and {@link #filnavn()} which file is concerned.
 */
public final class ForsendelseVerificationException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    /** How the files differ from the metadata. */
    public enum Reason {
        /** A file's SHA-256 differs from the metadata. */
        HASH_MISMATCH,
        /** A file's size differs from the metadata. */
        SIZE_MISMATCH,
        /** A file named in the metadata is not in the archive. */
        MISSING_FILE,
        /** The archive holds a file that the metadata does not name. */
        UNEXPECTED_FILE,
        /** A file name occurs twice, in the archive or in the metadata. */
        DUPLICATE_FILE,
        /** The forsendelse has no files at all. */
        NO_FILES
    }

    /** Why verification failed. */
    private final Reason reason;
    /** The file concerned, or {@code null} when no single file is. */
    private final String filnavn;

    ForsendelseVerificationException(String forsendelseId, Reason reason, String filnavn, String message) {
        super(forsendelseId, message, null);
        this.reason = reason;
        this.filnavn = filnavn;
    }

    /**
     * Returns how the files differ from the metadata.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the name of the file concerned.
     *
     * @return the file name, or empty when no single file is concerned ({@link Reason#NO_FILES})
     */
    public Optional<String> filnavn() {
        return Optional.ofNullable(filnavn);
    }

    /**
     * Always {@code true}: the files SvarInn serves do not match the metadata it lists, and will not on the next
     * download.
     *
     * @return {@code true}
     */
    @Override
    public boolean isPermanent() {
        return true;
    }
}
