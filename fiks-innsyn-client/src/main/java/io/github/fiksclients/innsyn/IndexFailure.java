package io.github.fiksclients.innsyn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Why an indexing run stopped: which batch failed, what became of its meldinger, and the failure itself.
 *
 * <p>A run stops when the service cannot be used (authentication, a 5xx or the network, after the retries), when
 * Innsyn refuses more meldinger of a batch than splitting it may isolate, or when the input itself fails. A melding
 * Innsyn refuses for its content does not stop a run: see {@link IndexSummary#refused()}. The meldinger of batches
 * before {@link #batch()} are done; those after the failed batch were not sent (see {@link IndexSummary#meldingerDone()}
 * to resume).
 *
 * @param kind what kind of failure it was, and so whether the batch's meldinger may have been written
 * @param batch the number of the failed batch, counting from 1
 * @param meldingIds the ids of the failed batch's meldinger, in input order, that are neither indexed nor refused
 *     (empty for {@link Kind#INVALID_INPUT}: the meldinger read before the input failed were sent)
 * @param reason a description for people: the batch, the input positions, and the status, error code and error id
 * @param cause the exception behind the failure
 */
public record IndexFailure(Kind kind, int batch, List<UUID> meldingIds, String reason, Throwable cause) {

    /**
     * Checks and copies the fields.
     *
     * @param kind what kind of failure it was
     * @param batch the number of the failed batch, from 1
     * @param meldingIds the ids of the batch's meldinger that are neither indexed nor refused
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
     * Tells whether some of the listed meldinger may be indexed although the request failed; then send them again
     * (indexing a melding again replaces it).
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
         * The input threw instead of giving the next melding, so the rest of it could not be read; the meldinger
         * read before were sent.
         */
        INVALID_INPUT,

        /**
         * Nothing of the listed meldinger was indexed: Innsyn refused them with a 4xx status (such as 401 or 403, or
         * a 400 for more meldinger than splitting may isolate), or they could not be sent because no access token
         * could be had.
         */
        REJECTED,

        /**
         * The batch may be partly indexed: Innsyn failed with a 5xx status, the connection failed, or the answer
         * could not be read, also after the retries of the client's {@link io.github.fiksclients.core.RetryPolicy}.
         */
        UNCERTAIN
    }
}
