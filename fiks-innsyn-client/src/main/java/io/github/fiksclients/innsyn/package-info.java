/**
 * Client for Fiks Innsyn, where municipalities show citizens the messages (meldinger) they hold about them.
 *
 * <p>{@link io.github.fiksclients.innsyn.InnsynClient} indexes messages in batches (encoding each message's
 * metadata as Base64 JSON for you), deletes them, and hands out an
 * {@link io.github.fiksclients.innsyn.InnsynPersonClient} that searches and looks up messages for one citizen.
 * The generated Retrofit interfaces and models of each Innsyn spec live in the sub-packages, such as
 * {@code io.github.fiksclients.innsyn.soklegacy.v1}.
 */
package io.github.fiksclients.innsyn;
