package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when an entry of the archive has a name that could write outside the forsendelse's directory
 * or is not a usable file name: empty, absolute, with a drive letter, a backslash, a control character,
 * or a {@code .} or {@code ..} segment.
 */
public final class UnsafeEntryNameException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

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
}
