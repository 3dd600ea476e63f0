package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when reading the downloaded bytes fails, for instance because the connection dropped.
 *
 * <p>The forsendelse itself may be fine: download it again later.
 */
public final class ForsendelseDownloadException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseDownloadException(String forsendelseId, String message, Throwable cause) {
        super(forsendelseId, message, cause);
    }
}
