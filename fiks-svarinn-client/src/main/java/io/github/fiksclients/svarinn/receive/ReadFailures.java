package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.svarinn.receive.ForsendelseDecryptionException.Reason;

/** Turns a failure to read a forsendelse into the typed exception that names its cause. */
final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * Classifies a failure while reading the decrypted content: the download broke, or decryption failed.
     *
     * @param forsendelseId the forsendelse being read
     * @param failure what the reading layers threw
     * @return a {@link ForsendelseDownloadException} or a {@link ForsendelseDecryptionException} whose reason is
     *     the one the reading layers gave, {@link Reason#CORRUPT_ENVELOPE} if none
     */
    static ForsendelseReceiveException ofDecryption(String forsendelseId, Exception failure) {
        ForsendelseReceiveException known = alreadyTyped(forsendelseId, failure);
        if (known != null) {
            return known;
        }
        UnusableEnvelopeException unusable = unusableEnvelopeIn(failure);
        if (unusable == null) {
            return new ForsendelseDecryptionException(forsendelseId, Reason.CORRUPT_ENVELOPE,
                    "decryption failed: " + failure.getMessage(), failure);
        }
        String prefix = switch (unusable.reason()) {
            case UNSUPPORTED_ENVELOPE -> "unsupported envelope: ";
            case CORRUPT_ENVELOPE -> "corrupt or unsupported envelope: ";
            default -> "decryption failed: ";
        };
        return new ForsendelseDecryptionException(forsendelseId, unusable.reason(), prefix + unusable.getMessage(),
                failure);
    }

    private static UnusableEnvelopeException unusableEnvelopeIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnusableEnvelopeException unusable) {
                return unusable;
            }
        }
        return null;
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
