package io.github.fiksclients.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A forsendelse for the simulated SvarInn to offer a mottakersystem; queue it with
 * {@link SvarInnSimulator#enqueue(String, SimulatedForsendelse)}.
 *
 * <p>Its files are served as one ZIP archive (deflated entries, in the order added), CMS-enveloped (AES-256-CBC,
 * RSA key transport) to the mottakersystem's encryption certificate. The metadata carries each file's name,
 * media type, size and SHA-256.
 *
 * <p>For negative tests it can be broken on purpose: {@link Builder#withWrongHash(String)},
 * {@link Builder#withCorruptEnvelope()}, {@link Builder#truncatedAfter(long)},
 * {@link Builder#withExtraFileNotInMetadata(String, byte[])}, and {@link Builder#withDownload(byte[])} to serve an
 * envelope the test made itself (another cipher, a damaged or hostile header). File names are used as given, so a
 * forsendelse can also carry names that are not valid on some OS, such as {@code "CON"} or {@code "a?.txt"}.
 *
 * <pre>{@code
 * SimulatedForsendelse forsendelse = SimulatedForsendelse.builder()
 *         .tittel("Vedtak i byggesak 2024/17")
 *         .avsender("Fjordvik kommune")
 *         .file("vedtak.pdf", "application/pdf", pdfBytes)
 *         .build();
 * }</pre>
 */
public final class SimulatedForsendelse {

    private final String tittel;
    private final String avsender;
    private final int sikkerhetsniva;
    private final List<SimulatedFile> files;
    private final List<SimulatedFile> extraFiles;
    private final Set<String> wrongHashes;
    private final boolean corruptEnvelope;
    private final Long truncatedAfter;
    private final byte[] download;

    private SimulatedForsendelse(Builder builder) {
        this.tittel = builder.tittel;
        this.avsender = builder.avsender;
        this.sikkerhetsniva = builder.sikkerhetsniva;
        this.files = List.copyOf(builder.files);
        this.extraFiles = List.copyOf(builder.extraFiles);
        this.wrongHashes = Set.copyOf(builder.wrongHashes);
        this.corruptEnvelope = builder.corruptEnvelope;
        this.truncatedAfter = builder.truncatedAfter;
        this.download = builder.download;
    }

    /**
     * Starts a forsendelse with sikkerhetsnivå 3 and the avsender "Fiks simulator".
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    String tittel() {
        return tittel;
    }

    String avsender() {
        return avsender;
    }

    int sikkerhetsniva() {
        return sikkerhetsniva;
    }

    /** The files the metadata describes. */
    List<SimulatedFile> files() {
        return files;
    }

    /** Every file in the archive: the described ones, then the extra ones. */
    List<SimulatedFile> archiveFiles() {
        return concat(files, extraFiles);
    }

    private static List<SimulatedFile> concat(List<SimulatedFile> first, List<SimulatedFile> second) {
        List<SimulatedFile> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The SHA-256 the metadata states for a file: the real one, or a wrong one if asked for. */
    String metadataHash(SimulatedFile file) {
        String hash = file.sha256();
        if (!wrongHashes.contains(file.filnavn())) {
            return hash;
        }
        int firstDigit = Character.digit(hash.charAt(0), 16);
        return Character.forDigit(firstDigit ^ 1, 16) + hash.substring(1);
    }

    boolean corruptEnvelope() {
        return corruptEnvelope;
    }

    Long truncatedAfter() {
        return truncatedAfter;
    }

    /** The bytes to serve as the download instead of the encrypted archive, or {@code null}. */
    byte[] download() {
        return download == null ? null : download.clone();
    }

    @Override
    public String toString() {
        return "SimulatedForsendelse{tittel=" + tittel + ", files=" + files.size()
                + (extraFiles.isEmpty() ? "" : ", extraFiles=" + extraFiles.size())
                + (wrongHashes.isEmpty() ? "" : ", wrongHash=" + wrongHashes)
                + (corruptEnvelope ? ", corruptEnvelope" : "")
                + (truncatedAfter == null ? "" : ", truncatedAfter=" + truncatedAfter)
                + (download == null ? "" : ", download=" + download.length + " bytes")
                + "}";
    }

    /** Collects the parts of a {@link SimulatedForsendelse}; {@link #build()} checks them and hashes the files. */
    public static final class Builder {
        private String tittel;
        private String avsender = "Fiks simulator";
        private int sikkerhetsniva = 3;
        private final List<SimulatedFile> files = new ArrayList<>();
        private final List<SimulatedFile> extraFiles = new ArrayList<>();
        private final Set<String> wrongHashes = new LinkedHashSet<>();
        private boolean corruptEnvelope;
        private Long truncatedAfter;
        private byte[] download;

        private Builder() {
        }

        /**
         * Sets the title; required.
         *
         * @param tittel the forsendelse's title
         * @return this builder
         */
        public Builder tittel(String tittel) {
            this.tittel = tittel;
            return this;
        }

        /**
         * Sets the sender's name.
         *
         * @param avsender the name shown as avsender
         * @return this builder
         */
        public Builder avsender(String avsender) {
            this.avsender = Objects.requireNonNull(avsender, "avsender");
            return this;
        }

        /**
         * Sets the security level: 3 ({@code BETYDELIG} in v2, {@code "3"} in v1) or 4 ({@code HOYESTE}).
         *
         * @param sikkerhetsniva 3 or 4
         * @return this builder
         */
        public Builder sikkerhetsniva(int sikkerhetsniva) {
            if (sikkerhetsniva != 3 && sikkerhetsniva != 4) {
                throw new IllegalArgumentException("sikkerhetsniva must be 3 or 4: " + sikkerhetsniva);
            }
            this.sikkerhetsniva = sikkerhetsniva;
            return this;
        }

        /**
         * Adds a file held in memory.
         *
         * @param filnavn the file name, unique within the forsendelse
         * @param mimeType the media type, such as {@code "application/pdf"}
         * @param content the bytes; copied
         * @return this builder
         */
        public Builder file(String filnavn, String mimeType, byte[] content) {
            byte[] copy = Objects.requireNonNull(content, "content").clone();
            return file(filnavn, mimeType, copy.length, () -> new ByteArrayInputStream(copy));
        }

        /**
         * Adds a file read from a stream each time it is hashed or downloaded, for large generated content
         * that should not sit in memory.
         *
         * @param filnavn the file name, unique within the forsendelse
         * @param mimeType the media type
         * @param size the exact number of bytes every stream from {@code content} yields
         * @param content opens a new stream over the same bytes on every call
         * @return this builder
         */
        public Builder file(String filnavn, String mimeType, long size, Supplier<InputStream> content) {
            files.add(SimulatedFile.of(filnavn, mimeType, size, content));
            return this;
        }

        /**
         * Makes the metadata state a wrong SHA-256 for one file (its content is unchanged), so a receiver that
         * verifies hashes must reject it.
         *
         * @param filnavn the name of a file added with {@code file(...)}
         * @return this builder
         */
        public Builder withWrongHash(String filnavn) {
            wrongHashes.add(Objects.requireNonNull(filnavn, "filnavn"));
            return this;
        }

        /**
         * Inverts the first 16 bytes of the encrypted download, so no CMS parser can read the envelope.
         *
         * @return this builder
         */
        public Builder withCorruptEnvelope() {
            this.corruptEnvelope = true;
            return this;
        }

        /**
         * Drops the connection after this many bytes of the encrypted download have been sent.
         *
         * @param bytes how many bytes of the body the client receives; 0 or more
         * @return this builder
         */
        public Builder truncatedAfter(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative: " + bytes);
            }
            this.truncatedAfter = bytes;
            return this;
        }

        /**
         * Serves these bytes as the download, instead of the files zipped and encrypted to the mottakersystem: an
         * envelope the test made itself, such as one with another cipher, or a damaged or hostile one (a header that
         * claims 2 GiB, say). The metadata still describes the files added with {@code file(...)}.
         * {@link #withCorruptEnvelope()} and {@link #truncatedAfter(long)} apply to these bytes too.
         *
         * @param download the bytes of the download; copied
         * @return this builder
         */
        public Builder withDownload(byte[] download) {
            this.download = Objects.requireNonNull(download, "download").clone();
            return this;
        }

        /**
         * Puts a file in the archive that the metadata does not list.
         *
         * @param filnavn the name of the extra entry
         * @param content its bytes; copied
         * @return this builder
         */
        public Builder withExtraFileNotInMetadata(String filnavn, byte[] content) {
            byte[] copy = Objects.requireNonNull(content, "content").clone();
            extraFiles.add(SimulatedFile.of(filnavn, "application/octet-stream", copy.length,
                    () -> new ByteArrayInputStream(copy)));
            return this;
        }

        /**
         * Creates the forsendelse.
         *
         * @return the immutable forsendelse
         * @throws IllegalStateException if the title or the files are missing, a file name repeats, or
         *     {@link #withWrongHash(String)} names no file
         */
        public SimulatedForsendelse build() {
            if (tittel == null || tittel.isBlank()) {
                throw new IllegalStateException("A forsendelse needs a tittel");
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("A forsendelse needs at least one file");
            }
            Set<String> names = new HashSet<>();
            for (SimulatedFile file : concat(files, extraFiles)) {
                if (!names.add(file.filnavn())) {
                    throw new IllegalStateException("The file name " + file.filnavn() + " is used twice");
                }
            }
            for (String filnavn : wrongHashes) {
                if (files.stream().noneMatch(file -> file.filnavn().equals(filnavn))) {
                    throw new IllegalStateException("withWrongHash names no file of the forsendelse: " + filnavn);
                }
            }
            return new SimulatedForsendelse(this);
        }
    }
}
