package io.github.fiksclients.svarinn.receive;

/**
 * Thrown when a forsendelse unpacks to more than {@link ExtractionLimits} allow: too many entries, too
 * many bytes in one entry, or too many bytes in all. Reading stops at the limit.
 */
public final class ExtractionLimitExceededException extends ForsendelseReceiveException {

    private static final long serialVersionUID = 1L;

    ExtractionLimitExceededException(String forsendelseId, String message) {
        super(forsendelseId, message, null);
    }

    /**
     * Always {@code true}: with these limits the forsendelse can never be received (raise the
     * {@link ExtractionLimits} to receive it).
     *
     * @return {@code true}
     */
    @Override
    public boolean isPermanent() {
        return true;
    }
}
