package io.github.fiksclients.svarinn.receive;

/** Turns a failure to read a forsendelse into the typed exception that names its cause. */
final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * Classifies a failure while reading the decrypted content: the download broke, or decryption failed.
     *
     * @param forsendelseId the forsendelse being read
     * @param failure what the reading layers threw
     * @return a {@link ForsendelseDownloadException} or a {@link ForsendelseDecryptionException}
     */
    static ForsendelseReceiveException ofDecryption(String forsendelseId, Exception failure) {
        ForsendelseReceiveException known = alreadyTyped(forsendelseId, failure);
        return known != null ? known
                : new ForsendelseDecryptionException(forsendelseId,
                        "decryption failed: " + failure.getMessage(), failure);
    }

    /**
     * Classifies a failure while reading the ZIP archive: the download broke, decryption failed (already
     * typed), or the archive is damaged.
     *
     * @param forsendelseId the forsendelse being read
     * @param failure what the reading layers threw
     * @return the exception as typed below, a {@link ForsendelseDownloadException} or a
     *     {@link ForsendelseFormatException}
     */
    static ForsendelseReceiveException ofArchive(String forsendelseId, Exception failure) {
        ForsendelseReceiveException known = alreadyTyped(forsendelseId, failure);
        return known != null ? known
                : new ForsendelseFormatException(forsendelseId,
                        "the content is not a readable ZIP archive: " + failure.getMessage(), failure);
    }

    private static ForsendelseReceiveException alreadyTyped(String forsendelseId, Exception failure) {
        if (failure instanceof ForsendelseReceiveException typed) {
            return typed;
        }
        DownloadStream.Failure download = DownloadStream.findIn(failure);
        return download == null ? null
                : new ForsendelseDownloadException(forsendelseId, download.getMessage(), download.getCause());
    }
}
