package io.github.fiksclients.innsyn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Why an indexing run stopped: which batch failed, what became of its messages, and the failure itself.
 *
 * <p>The messages of batches before {@link #batch()} are indexed (see {@link IndexSummary}); the messages after the
 * failed batch were never read from the input.
 *
 * @param kind what kind of failure it was, and so whether the batch's messages may have been written
 * @param batch the number of the failed batch, counting from 1
 * @param meldingIds the ids of the failed batch's messages, in input order, that are not known to be indexed (for
 *     {@link Kind#INVALID_INPUT}, those read before the invalid one)
 * @param reason a description for people: the batch, the input positions, and the status, error code and error id
 *     or the invalid field
 * @param cause the exception behind the failure
 */
public record IndexFailure(Kind kind, int batch, List<UUID> meldingIds, String reason, Throwable cause) {

    /**
     * Checks and copies the fields.
     *
     * @param kind what kind of failure it was
     * @param batch the number of the failed batch, from 1
     * @param meldingIds the ids of the batch's messages that are not known to be indexed
     * @param reason a description for people
     * @param cause the exception behind the failure
     */
    public IndexFailure {
        Objects.requireNonNull(kind, "kind");
        meldingIds = List.copyOf(meldingIds);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * The details of a 403 {@value IkkeAutorisertForIndex#ERROR_CODE}, if that is why the batch was refused.
     *
     * @return the integration and organisation that are not authorised, or empty
     */
    public Optional<IkkeAutorisertForIndex> ikkeAutorisertForIndex() {
        return IkkeAutorisertForIndex.from(cause);
    }

    /**
     * Tells whether some of the batch's messages may be indexed although the batch failed; then send the batch again
     * (indexing a message again replaces it).
     *
     * @return {@code true} for {@link Kind#UNCERTAIN}
     */
    public boolean mayBePartlyIndexed() {
        return kind == Kind.UNCERTAIN;
    }

    @Override
    public String toString() {
        return "IndexFailure{kind=" + kind + ", batch=" + batch + ", meldinger=" + meldingIds.size() + ", reason="
                + reason + "}";
    }

    /** What kind of failure stopped an indexing run. */
    public enum Kind {

        /**
         * A message could not be read from the input (it was {@code null}, invalid, or the input threw); the batch
         * it would have joined was not sent.
         */
        INVALID_INPUT,

        /**
         * Nothing of the batch was indexed: Innsyn refused it with a 4xx status, or it could not be sent because no
         * access token could be had.
         */
        REJECTED,

        /**
         * The batch may be partly indexed: Innsyn failed with a 5xx status, the connection failed, or the answer
         * could not be read, also after the retries of the client's {@link io.github.fiksclients.core.RetryPolicy}.
         */
        UNCERTAIN
    }
}
