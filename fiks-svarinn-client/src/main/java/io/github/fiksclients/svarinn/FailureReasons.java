package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksTransportException;
import io.github.fiksclients.svarinn.receive.ForsendelseReceiveException;
import io.github.fiksclients.svarinn.receive.ForsendelseStorageException;

/**
 * Words the reason sent to SvarInn when a forsendelse could not be received; the sender sees it in its log.
 *
 * <p>It names what failed. Problems with the forsendelse itself (metadata, decryption, archive, verification,
 * limits) are given in full, as they help the sender; problems on the receiving side (storage, the handler,
 * unexpected failures) are named but not detailed, so no local paths or internal messages leave the receiving
 * system.
 */
final class FailureReasons {

    private static final int MAX_LENGTH = 500;

    private FailureReasons() {
    }

    static String of(String forsendelseId, FiksException failure) {
        String prefix = "Forsendelse " + forsendelseId + ": ";
        String reason;
        if (failure instanceof ForsendelseStorageException) {
            reason = prefix + "the receiving system could not store its files";
        } else if (failure instanceof ForsendelseHandlerException) {
            reason = prefix + "the receiving system could not import it";
        } else if (failure instanceof UnexpectedReceiveFailureException) {
            reason = prefix + "the receiving system failed unexpectedly";
        } else if (failure instanceof ForsendelseReceiveException) {
            reason = failure.getMessage();
        } else if (failure instanceof FiksHttpException http) {
            reason = prefix + "the download failed with HTTP " + http.status();
        } else if (failure instanceof FiksTransportException) {
            reason = prefix + "the download failed before a complete response arrived";
        } else {
            reason = prefix + "the download failed (" + failure.getClass().getSimpleName() + ")";
        }
        return shortened(reason, MAX_LENGTH);
    }

    /**
     * Adds a suffix to a reason, shortening the reason so that the whole stays within the limit.
     *
     * @param reason a reason from {@link #of}
     * @param suffix a short suffix, such as {@code " (permanent)"}
     * @return the reason with the suffix
     */
    static String withSuffix(String reason, String suffix) {
        return shortened(reason, MAX_LENGTH - suffix.length()) + suffix;
    }

    private static String shortened(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 3) + "...";
    }
}
