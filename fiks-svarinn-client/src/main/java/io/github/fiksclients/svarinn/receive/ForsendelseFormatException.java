package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when the decrypted content of a forsendelse is not a ZIP archive that can be read as a stream.
 *
 * <p>Causes are a damaged archive (for instance tampered ciphertext, which AES-CBC cannot detect by
 * itself), an entry whose name is not valid UTF-8, and a stored (uncompressed) entry followed by a data
 * descriptor, which {@link java.util.zip.ZipInputStream} cannot read.
 */
public final class ForsendelseFormatException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseFormatException(String forsendelseId, String message, Throwable cause) {
        super(forsendelseId, message, cause);
    }

    /**
     * Always {@code true}: the same download gives the same archive.
     *
     * @return {@code true}
     */
    @Override
    public boolean isPermanent() {
        return true;
    }
}
