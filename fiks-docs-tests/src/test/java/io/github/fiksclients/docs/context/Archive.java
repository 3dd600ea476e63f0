package io.github.fiksclients.docs.context;

import io.github.fiksclients.svarinn.NyForsendelse;
import java.io.IOException;
import java.nio.file.Path;

/** The receiving system's archive, as the SvarInn snippets call it. */
public interface Archive {

    /**
     * Imports a forsendelse; importing the same id again changes nothing.
     *
     * @param forsendelseId the forsendelse's id
     * @param metadata its metadata
     * @param directory the directory of its verified files
     * @throws IOException if the import fails
     */
    void importForsendelse(String forsendelseId, NyForsendelse metadata, Path directory) throws IOException;
}
