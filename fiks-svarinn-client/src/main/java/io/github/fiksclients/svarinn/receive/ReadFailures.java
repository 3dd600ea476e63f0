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
     * Classifies a failure while reading and decrypting a download: once reading the download has failed, whatever
     * the layers above make of it (a damaged envelope, a wrong key) is a {@link ForsendelseDownloadException}.
     *
     * @param forsendelseId the forsendelse being read
     * @param failure what the reading layers threw
     * @param download the downloaded bytes as they were read
     * @return a {@link ForsendelseDownloadException} or a {@link ForsendelseDecryptionException}
     */
    static ForsendelseReceiveException ofDecryption(String forsendelseId, Exception failure, DownloadStream download) {
        DownloadStream.Failure broken = download.failure();
        if (broken == null || failure instanceof ForsendelseDownloadException) {
            return ofDecryption(forsendelseId, failure);
        }
        ForsendelseDownloadException typed =
                new ForsendelseDownloadException(forsendelseId, broken.getMessage(), broken.getCause());
        if (failure != broken) {
            typed.addSuppressed(failure);
        }
        return typed;
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
