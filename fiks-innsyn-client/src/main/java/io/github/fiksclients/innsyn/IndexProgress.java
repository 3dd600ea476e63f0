package io.github.fiksclients.innsyn;

/**
 * How far an {@linkplain InnsynClient#index(Iterable, java.util.function.Consumer) indexing run} has come, reported
 * after each batch whose every melding is either indexed or refused.
 *
 * @param batchesDone how many batches are done
 * @param meldingerDone how far the input is done: every melding before this position is indexed or refused
 * @param opprettet how many meldinger were new to the index, so far
 * @param oppdatert how many meldinger replaced one already indexed, so far
 * @param manglerSamtykke how many meldinger Innsyn did not index because the citizen has not consented, so far
 * @param refused how many meldinger were not indexed because they are invalid or Innsyn refused them, so far
 */
public record IndexProgress(int batchesDone, long meldingerDone, long opprettet, long oppdatert, long manglerSamtykke,
        long refused) {
}
