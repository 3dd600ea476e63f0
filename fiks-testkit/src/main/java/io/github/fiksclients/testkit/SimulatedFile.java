package io.github.fiksclients.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/** One file of a {@link SimulatedForsendelse}: its name, media type, size, SHA-256 and a way to read it again. */
final class SimulatedFile {

    private final String filnavn;
    private final String mimeType;
    private final long size;
    private final Supplier<InputStream> content;
    private final String sha256;

    private SimulatedFile(String filnavn, String mimeType, long size, Supplier<InputStream> content) {
        this.filnavn = filnavn;
        this.mimeType = mimeType;
        this.size = size;
        this.content = content;
        this.sha256 = hashCheckingSize();
    }

    /** A file whose content is read from {@code content} every time it is downloaded. */
    static SimulatedFile of(String filnavn, String mimeType, long size, Supplier<InputStream> content) {
        if (filnavn == null || filnavn.isBlank()) {
            throw new IllegalArgumentException("filnavn must not be blank");
        }
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return new SimulatedFile(filnavn, mimeType, size, content);
    }

    String filnavn() {
        return filnavn;
    }

    String mimeType() {
        return mimeType;
    }

    long size() {
        return size;
    }

    /** The SHA-256 of the content, lowercase hex. */
    String sha256() {
        return sha256;
    }

    InputStream open() {
        return Objects.requireNonNull(content.get(), "the content supplier of " + filnavn + " returned null");
    }

    private String hashCheckingSize() {
        try (DigestInputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            long read = in.transferTo(OutputStreams.DISCARD);
            if (read != size) {
                throw new IllegalArgumentException("The content of " + filnavn + " has " + read
                        + " bytes, but its size was given as " + size);
            }
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content of " + filnavn, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
