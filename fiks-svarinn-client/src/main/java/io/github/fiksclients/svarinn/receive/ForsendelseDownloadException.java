package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when reading the downloaded bytes fails, for instance because the connection dropped.
 *
 * <p>The forsendelse itself may be fine: download it again later. {@link io.github.fiksclients.svarinn.SvarInnClient}
 * restarts the whole download itself, within its retry policy, before it throws this.
 */
public final class ForsendelseDownloadException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseDownloadException(String forsendelseId, String message, Throwable cause) {
        super(forsendelseId, message, cause);
    }

    /**
     * Always {@code true}: a broken download usually succeeds when it is started again.
     *
     * @return {@code true}
     */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
