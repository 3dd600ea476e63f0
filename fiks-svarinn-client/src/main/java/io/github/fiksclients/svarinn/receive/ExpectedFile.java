package io.github.fiksclients.svarinn.receive;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One file that a forsendelse's metadata promises: its name in the archive, its SHA-256 and, when known,
 * its size.
 *
 * <p>Build it from SvarInn v1 {@code FilMetadata} ({@code filnavn}, {@code sha256hash}, {@code size}) or
 * v2 {@code Fil} ({@code filnavn}, {@code hash}, {@code storrelse}). SvarInn v1 reports size 0 when it
 * does not know the size, and {@link io.github.fiksclients.svarinn.NyForsendelse} reads a v2 {@code storrelse} of 0
 * the same way (the reasons are given there): map that to {@link #withUnknownSize}; the SHA-256 still checks the
 * content, and proves an empty file empty.
 */
public final class ExpectedFile {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final long UNKNOWN_SIZE = -1;

    private final String filnavn;
    private final String sha256;
    private final long size;

    private ExpectedFile(String filnavn, String sha256, long size) {
        Objects.requireNonNull(filnavn, "filnavn");
        Objects.requireNonNull(sha256, "sha256");
        if (filnavn.isBlank()) {
            throw new IllegalArgumentException("filnavn must not be blank");
        }
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "sha256 of " + EntryNames.printable(filnavn) + " must be 64 hexadecimal digits");
        }
        this.filnavn = filnavn;
        this.sha256 = sha256.toLowerCase(Locale.ROOT);
        this.size = size;
    }

    /**
     * Creates the expectation for a file whose size is known.
     *
     * @param filnavn the file's name, exactly as the entry is named in the archive
     * @param sha256 the SHA-256 of the content as 64 hexadecimal digits, in either case
     * @param size the size in bytes, zero or more
     * @return the expected file
     * @throws IllegalArgumentException if the name is blank, the hash is not 64 hex digits or the size is
     *     negative
     */
    public static ExpectedFile of(String filnavn, String sha256, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return new ExpectedFile(filnavn, sha256, size);
    }

    /**
     * Creates the expectation for a file whose size the metadata does not tell; only the SHA-256 is checked.
     *
     * @param filnavn the file's name, exactly as the entry is named in the archive
     * @param sha256 the SHA-256 of the content as 64 hexadecimal digits, in either case
     * @return the expected file
     * @throws IllegalArgumentException if the name is blank or the hash is not 64 hex digits
     */
    public static ExpectedFile withUnknownSize(String filnavn, String sha256) {
        return new ExpectedFile(filnavn, sha256, UNKNOWN_SIZE);
    }

    /**
     * Returns the file's name, which the archive entry must carry exactly.
     *
     * @return the file name
     */
    public String filnavn() {
        return filnavn;
    }

    /**
     * Returns the expected SHA-256 of the content.
     *
     * @return 64 lowercase hexadecimal digits
     */
    public String sha256() {
        return sha256;
    }

    /**
     * Returns the expected size, if the metadata tells it.
     *
     * @return the size in bytes, or empty when unknown
     */
    public OptionalLong size() {
        return size == UNKNOWN_SIZE ? OptionalLong.empty() : OptionalLong.of(size);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpectedFile that
                && filnavn.equals(that.filnavn)
                && sha256.equals(that.sha256)
                && size == that.size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(filnavn, sha256, size);
    }

    @Override
    public String toString() {
        return "ExpectedFile[filnavn=" + filnavn + ", sha256=" + sha256 + ", size="
                + (size == UNKNOWN_SIZE ? "unknown" : Long.toString(size)) + "]";
    }
}
