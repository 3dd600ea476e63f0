package io.github.fiksclients.svarinn.receive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a received forsendelse, on disk, whose SHA-256 and size matched the metadata.
 *
 * @param filnavn the file's name as the metadata and the archive give it
 * @param path where the file lies, inside {@link ReceivedForsendelse#directory()}
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content as 64 lowercase hexadecimal digits
 */
public record VerifiedFile(String filnavn, Path path, long size, String sha256) {

    /**
     * Creates the value; every component is required.
     *
     * @param filnavn the file's name as the metadata and the archive give it
     * @param path where the file lies
     * @param size the size in bytes
     * @param sha256 the SHA-256 of the content as 64 lowercase hexadecimal digits
     */
    public VerifiedFile {
        Objects.requireNonNull(filnavn, "filnavn");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
