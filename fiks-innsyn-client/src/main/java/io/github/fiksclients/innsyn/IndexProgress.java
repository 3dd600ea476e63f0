package io.github.fiksclients.innsyn;

/**
 * How far an {@linkplain InnsynClient#index(Iterable, java.util.function.Consumer) indexing run} has come, reported
 * after each batch the service accepted.
 *
 * @param batchesDone how many batches the service has accepted so far
 * @param meldingerDone how many messages those batches held; the input up to this position is indexed
 * @param opprettet how many of them were new to the index, so far
 * @param oppdatert how many of them replaced a message already indexed, so far
 * @param manglerSamtykke how many of them were refused because the citizen has not consented, so far
 */
public record IndexProgress(int batchesDone, long meldingerDone, long opprettet, long oppdatert, long manglerSamtykke) {
}
