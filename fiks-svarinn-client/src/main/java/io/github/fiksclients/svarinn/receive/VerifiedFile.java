package io.github.fiksclients.svarinn.receive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a received forsendelse, on disk, whose SHA-256 and size matched the metadata.
 *
 * <p>The file is stored under a name that is valid and unique on every OS, which is not always its
 * {@code filnavn}: {@code "Vedtak: 12?.pdf"} is stored as {@code "Vedtak_ 12_.pdf"}, {@code "CON.txt"} as
 * {@code "_CON.txt"}, and the second of {@code "Brev.pdf"} and {@code "brev.pdf"} as {@code "brev (2).pdf"} (the rule
 * is in {@link ForsendelseExtractor}). Use {@link #path()} to read the file and {@link #filnavn()} to show or
 * archive it under its own name.
 *
 * @param filnavn the file's name as the metadata and the archive give it, unchanged
 * @param path where the file lies, inside {@link ReceivedForsendelse#directory()}, under its stored name
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content as 64 lowercase hexadecimal digits
 */
public record VerifiedFile(String filnavn, Path path, long size, String sha256) {

    /**
     * Creates the value; every component is required.
     *
     * @param filnavn the file's name as the metadata and the archive give it, unchanged
     * @param path where the file lies, under its stored name
     * @param size the size in bytes
     * @param sha256 the SHA-256 of the content as 64 lowercase hexadecimal digits
     */
    public VerifiedFile {
        Objects.requireNonNull(filnavn, "filnavn");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
