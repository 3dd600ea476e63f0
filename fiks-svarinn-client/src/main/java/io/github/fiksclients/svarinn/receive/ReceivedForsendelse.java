package io.github.fiksclients.svarinn.receive;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A forsendelse whose files are all on disk and verified against its metadata: ready to import, and to
 * acknowledge once imported.
 *
 * @param forsendelseId the forsendelse's id
 * @param directory the directory that holds exactly its files: {@code <target directory>/<forsendelseId>}
 * @param files the verified files, in the order of the metadata
 */
public record ReceivedForsendelse(String forsendelseId, Path directory, List<VerifiedFile> files) {

    /**
     * Creates the value; every component is required and the list is copied.
     *
     * @param forsendelseId the forsendelse's id
     * @param directory the directory that holds exactly its files
     * @param files the verified files
     */
    public ReceivedForsendelse {
        Objects.requireNonNull(forsendelseId, "forsendelseId");
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
    }
}
