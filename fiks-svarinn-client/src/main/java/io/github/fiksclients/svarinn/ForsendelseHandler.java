package io.github.fiksclients.svarinn;

import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;

/**
 * What the caller of {@link SvarInnClient#receive} does with each forsendelse whose files are on disk and verified,
 * typically importing it into an archive.
 *
 * <p>The forsendelse is acknowledged only if this returns normally. SvarInn delivers at least once, so the same
 * forsendelse can come again (after a crash between the handler and the acknowledgement, or when the
 * acknowledgement fails): make the handler idempotent, for instance keyed by {@link NyForsendelse#id()}.
 */
@FunctionalInterface
public interface ForsendelseHandler {

    /**
     * Handles one received forsendelse.
     *
     * @param forsendelse its metadata, with the generated model of the API version for everything else
     * @param files its directory and verified files
     * @throws Exception if it could not be handled; it is then not acknowledged
     */
    void handle(NyForsendelse forsendelse, ReceivedForsendelse files) throws Exception;
}
