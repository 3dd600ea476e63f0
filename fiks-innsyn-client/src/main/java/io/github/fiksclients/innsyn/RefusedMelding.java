package io.github.fiksclients.innsyn;

import io.github.fiksclients.errors.FiksHttpException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A melding an indexing run did not index, and why, while it indexed the others: one that cannot be valid, found
 * before anything was sent, or one Innsyn refused.
 *
 * <p>When Innsyn refuses a request (400, 413 or 422: nothing of it was written), {@link InnsynClient#index} sends its
 * meldinger again without those Innsyn named as refused, or in halves until the refused ones stand alone, so that
 * every other melding is indexed and each refused one is known with what Innsyn said about it.
 *
 * @param meldingId the melding's id, or {@code null} for a {@code null} in the input
 * @param position where the melding is in the input, from 0
 * @param kind whether it was sent
 * @param reason for people: the problems found, or Innsyn's status, error code, error id and message
 * @param refusal Innsyn's answer, for {@link Kind#REFUSED}; with it, {@link FiksHttpException#fiksError()} has the
 *     whole error body
 */
public record RefusedMelding(UUID meldingId, long position, Kind kind, String reason,
        Optional<FiksHttpException> refusal) {

    /**
     * Checks the fields.
     *
     * @param meldingId the melding's id, or {@code null}
     * @param position where it is in the input
     * @param kind whether it was sent
     * @param reason for people
     * @param refusal Innsyn's answer, or empty
     */
    public RefusedMelding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refusal, "refusal");
    }

    @Override
    public String toString() {
        return "RefusedMelding{meldingId=" + meldingId + ", position=" + position + ", kind=" + kind + ", reason="
                + reason + "}";
    }

    /** Why a melding was not indexed. */
    public enum Kind {

        /**
         * It cannot be valid, and was not sent: it is {@code null}, or its metadata does not match its versjon's
         * model ({@link InnsynMelding#metadataProblems()}).
         */
        INVALID,

        /** Innsyn refused it, with a 4xx status; nothing of it was written. */
        REFUSED
    }
}
