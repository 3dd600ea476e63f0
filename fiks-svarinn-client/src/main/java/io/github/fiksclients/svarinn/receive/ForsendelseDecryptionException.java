package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when a forsendelse cannot be decrypted: the envelope was made for another key, is not a CMS
 * enveloped-data structure, is cut short, or its content fails the padding check at the end.
 */
public final class ForsendelseDecryptionException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ForsendelseDecryptionException(String forsendelseId, String message, Throwable cause) {
        super(forsendelseId, message, cause);
    }
}
