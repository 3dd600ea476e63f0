package io.github.fiksclients.svarinn;

import io.github.fiksclients.svarinn.receive.ForsendelseReceiveException;

/**
 * Thrown when the metadata SvarInn lists for a forsendelse cannot be used to receive it: a file without a name
 * or with a SHA-256 that is not 64 hexadecimal digits, a negative size, or an id that cannot name a directory.
 *
 * <p>Only that forsendelse is concerned: the others of the same poll are received as usual. Nothing has been
 * downloaded and it must not be acknowledged.
 */
public final class ForsendelseMetadataException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseMetadataException(String forsendelseId, String message) {
        super(forsendelseId, message, null);
    }

    /**
     * Always {@code true}: SvarInn lists the same metadata every time.
     *
     * @return {@code true}
     */
    @Override
    public boolean isPermanent() {
        return true;
    }
}
