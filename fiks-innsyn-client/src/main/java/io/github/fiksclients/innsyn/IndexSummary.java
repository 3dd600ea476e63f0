package io.github.fiksclients.innsyn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an indexing run did: the meldinger Innsyn accepted and its counts summed over them, the meldinger it did not
 * index and why, and why the run stopped early, if it did.
 *
 * <p>One bad melding never stops the others: a melding that cannot be valid, or that Innsyn refuses, is listed in
 * {@link #refused()} and the run goes on. The input before position {@link #meldingerDone()} is done: each melding
 * there is indexed, refused, or (see {@link #meldingerUtenSamtykke()}) without the citizen's consent. To resume after
 * a {@link #failure()}, send the input from that position again (indexing a melding again replaces it).
 *
 * @param batchesIndexed how many batches are done: each of their meldinger indexed or refused
 * @param meldingerIndexed how many meldinger were in requests Innsyn accepted
 * @param meldingerDone how far the input is done, counted from 0: resume here after a failure
 * @param opprettet how many meldinger were new to the index
 * @param oppdatert how many meldinger replaced one already indexed
 * @param manglerSamtykke how many meldinger Innsyn accepted but did not index because the citizen has not consented
 *     to Innsyn
 * @param meldingerUtenSamtykke the ids of those meldinger, in the order Innsyn reported them
 * @param refused the meldinger not indexed because they are invalid or Innsyn refused them, with why, in input order
 * @param failure why the run stopped before the end of the input, or empty if it did not
 */
public record IndexSummary(
        int batchesIndexed,
        long meldingerIndexed,
        long meldingerDone,
        long opprettet,
        long oppdatert,
        long manglerSamtykke,
        List<UUID> meldingerUtenSamtykke,
        List<RefusedMelding> refused,
        Optional<IndexFailure> failure) {

    /**
     * Checks and copies the fields. The lists are held in memory for the whole run: one entry per melding without
     * consent or refused.
     *
     * @param batchesIndexed how many batches are done
     * @param meldingerIndexed how many meldinger were in requests Innsyn accepted
     * @param meldingerDone how far the input is done
     * @param opprettet how many meldinger were new
     * @param oppdatert how many meldinger replaced one already indexed
     * @param manglerSamtykke how many meldinger were not indexed for lack of consent
     * @param meldingerUtenSamtykke the ids of those meldinger
     * @param refused the meldinger refused, with why
     * @param failure why the run stopped early, or empty
     */
    public IndexSummary {
        meldingerUtenSamtykke = List.copyOf(meldingerUtenSamtykke);
        refused = List.copyOf(refused);
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

    /**
     * Tells whether every melding of the input reached Innsyn and was accepted: the run did not stop early and refused
     * none. Meldinger without the citizen's consent count as accepted: that is Innsyn's decision, not a failure.
     *
     * @return {@code true} if nothing needs to be corrected or sent again
     */
    public boolean allAccepted() {
        return failure.isEmpty() && refused.isEmpty();
    }

    @Override
    public String toString() {
        return "IndexSummary{batchesIndexed=" + batchesIndexed + ", meldingerIndexed=" + meldingerIndexed
                + ", meldingerDone=" + meldingerDone + ", opprettet=" + opprettet + ", oppdatert=" + oppdatert
                + ", manglerSamtykke=" + manglerSamtykke + ", refused=" + refused.size()
                + failure.map(f -> ", stopped at batch " + f.batch() + " (" + f.kind() + "): " + f.reason()).orElse("")
                + "}";
    }
}
