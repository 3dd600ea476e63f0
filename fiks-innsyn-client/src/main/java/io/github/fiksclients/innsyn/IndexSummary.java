package io.github.fiksclients.innsyn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an indexing run did: the batches Innsyn accepted, its counts summed over them, and why the run stopped early,
 * if it did.
 *
 * <p>The input up to position {@link #meldingerIndexed()} (exclusive) is indexed; to resume after a failure, send
 * the input from there again (indexing a message again replaces it).
 *
 * @param batchesIndexed how many batches Innsyn accepted
 * @param meldingerIndexed how many messages those batches held
 * @param opprettet how many messages were new to the index
 * @param oppdatert how many messages replaced one already indexed
 * @param manglerSamtykke how many messages were refused because the citizen has not consented to Innsyn
 * @param meldingerUtenSamtykke the ids of those refused messages, in the order Innsyn reported them (the one part of
 *     a run kept in memory beyond a batch: one id per refused message)
 * @param failure why the run stopped before the end of the input, or empty if it did not
 */
public record IndexSummary(
        int batchesIndexed,
        long meldingerIndexed,
        long opprettet,
        long oppdatert,
        long manglerSamtykke,
        List<UUID> meldingerUtenSamtykke,
        Optional<IndexFailure> failure) {

    /**
     * Checks and copies the fields.
     *
     * @param batchesIndexed how many batches Innsyn accepted
     * @param meldingerIndexed how many messages those batches held
     * @param opprettet how many messages were new
     * @param oppdatert how many messages replaced one already indexed
     * @param manglerSamtykke how many messages were refused for lack of consent
     * @param meldingerUtenSamtykke the ids of those refused messages
     * @param failure why the run stopped early, or empty
     */
    public IndexSummary {
        meldingerUtenSamtykke = List.copyOf(meldingerUtenSamtykke);
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Tells whether the run stopped before the end of the input.
     *
     * @return {@code true} if {@link #failure()} is present
     */
    public boolean stoppedEarly() {
        return failure.isPresent();
    }

    @Override
    public String toString() {
        return "IndexSummary{batchesIndexed=" + batchesIndexed + ", meldingerIndexed=" + meldingerIndexed
                + ", opprettet=" + opprettet + ", oppdatert=" + oppdatert + ", manglerSamtykke=" + manglerSamtykke
                + failure.map(f -> ", stopped at batch " + f.batch() + " (" + f.kind() + "): " + f.reason()).orElse("")
                + "}";
    }
}
