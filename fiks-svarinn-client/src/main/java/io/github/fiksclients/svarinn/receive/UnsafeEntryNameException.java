package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when an entry of the archive, or a file of the metadata, has a name that could write outside the
 * forsendelse's directory on some OS: empty, absolute, with a drive letter, a backslash, or an empty, {@code .} or
 * {@code ..} segment; or a file of the metadata names a directory (ends with {@code /}).
 *
 * <p>Names that are merely not valid on some OS (such as {@code "a?.txt"} or {@code "CON"} on Windows) are not
 * rejected: their files are stored under safe names (see {@link ForsendelseExtractor}).
 */
public final class UnsafeEntryNameException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    /** The archive entry name that was refused. */
    private final String entryName;

    UnsafeEntryNameException(String forsendelseId, String entryName, String message) {
        super(forsendelseId, message, null);
        this.entryName = entryName;
    }

    /**
     * Returns the entry name as it stood in the archive.
     *
     * @return the rejected name, unescaped
     */
    public String entryName() {
        return entryName;
    }

    /**
     * Always {@code true}: the name is part of the forsendelse.
     *
     * @return {@code true}
     */
    @Override
    public boolean isPermanent() {
        return true;
    }
}
