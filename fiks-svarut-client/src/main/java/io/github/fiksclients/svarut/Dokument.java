package io.github.fiksclients.svarut;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One document of a forsendelse: where its bytes come from (a file, or a {@link DokumentStream}), its file name
 * ({@code filnavn}, also the filename of its multipart part) and media type, and how SvarUt should treat it.
 *
 * <pre>{@code
 * Dokument vedtak = Dokument.fromFile(Path.of("vedtak.pdf"));
 * Dokument vedlegg = Dokument.builder()
 *         .stream("vedlegg.xml", () -> blobs.open(blobId))
 *         .mimeType("application/xml")
 *         .skalEkskluderesFraUtskrift(true)
 *         .build();
 * }</pre>
 *
 * <p>The bytes are read only when the forsendelse is sent, as a stream: a document of any size goes through in
 * constant memory. The media type, unless given, follows the file name's extension the same way on every operating
 * system ({@code .pdf} is {@code application/pdf}; unknown ones are {@code application/octet-stream}). Instances are
 * immutable.
 */
public final class Dokument {

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"),
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("csv", "text/csv"),
            Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"),
            Map.entry("zip", "application/zip"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"));

    /** The media type of a PDF, the only kind SvarUt can print. */
    public static final String PDF = "application/pdf";

    private final String filnavn;
    private final String mimeType;
    private final Path file;
    private final DokumentStream stream;
    private final long size;
    private final boolean skalSigneres;
    private final String dokumentType;
    private final boolean skalEkskluderesFraUtskrift;
    private final boolean inneholderPersonsensitivInformasjon;

    private Dokument(Builder builder) {
        this.file = builder.file;
        this.stream = builder.stream;
        this.filnavn = builder.filnavn != null ? builder.filnavn
                : file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.mimeType = builder.mimeType != null ? builder.mimeType : mediaTypeOf(filnavn);
        this.size = builder.size;
        this.skalSigneres = builder.skalSigneres;
        this.dokumentType = builder.dokumentType;
        this.skalEkskluderesFraUtskrift = builder.skalEkskluderesFraUtskrift;
        this.inneholderPersonsensitivInformasjon = builder.inneholderPersonsensitivInformasjon;
    }

    /**
     * A document read from a file, named after the file, its media type following the extension.
     *
     * @param file the file; it is checked (exists, readable, not empty) when the forsendelse is sent
     * @return the document
     */
    public static Dokument fromFile(Path file) {
        return builder().file(file).build();
    }

    /**
     * A document whose bytes come from a stream supplier.
     *
     * @param filnavn the file name
     * @param stream opens the bytes, once to check and once per attempt (see {@link DokumentStream})
     * @return the document
     */
    public static Dokument fromStream(String filnavn, DokumentStream stream) {
        return builder().stream(filnavn, stream).build();
    }

    /**
     * Starts a document with options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    static String mediaTypeOf(String filnavn) {
        int dot = filnavn.lastIndexOf('.');
        String extension = dot < 0 ? "" : filnavn.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** @return the file name, unique within the forsendelse */
    public String filnavn() {
        return filnavn;
    }

    /** @return the media type */
    public String mimeType() {
        return mimeType;
    }

    /** @return the file the bytes come from, if they come from a file */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return the stream supplier the bytes come from, if they do not come from a file */
    public Optional<DokumentStream> stream() {
        return Optional.ofNullable(stream);
    }

    /** @return the declared size of a streamed document, if given; a file's size is read from the file */
    public OptionalLong declaredSize() {
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** @return whether the recipient is asked to sign this document */
    public boolean skalSigneres() {
        return skalSigneres;
    }

    /** @return the free-text kind of document, if set */
    public Optional<String> dokumentType() {
        return Optional.ofNullable(dokumentType);
    }

    /** @return whether the document is left out when the forsendelse is printed */
    public boolean skalEkskluderesFraUtskrift() {
        return skalEkskluderesFraUtskrift;
    }

    /** @return whether the recipient is warned of sensitive personal information */
    public boolean inneholderPersonsensitivInformasjon() {
        return inneholderPersonsensitivInformasjon;
    }

    /** @return whether the media type is PDF */
    public boolean isPdf() {
        return PDF.equalsIgnoreCase(mimeType.split(";")[0].trim());
    }

    @Override
    public String toString() {
        return "Dokument{" + filnavn + ", " + mimeType + (file != null ? ", file" : ", stream") + "}";
    }

    /** Collects a {@link Dokument}: a file or a stream, and options. */
    public static final class Builder {
        private Path file;
        private DokumentStream stream;
        private String filnavn;
        private String mimeType;
        private long size = -1;
        private boolean skalSigneres;
        private String dokumentType;
        private boolean skalEkskluderesFraUtskrift;
        private boolean inneholderPersonsensitivInformasjon;

        private Builder() {
        }

        /**
         * Reads the document from a file; its name becomes the {@code filnavn} unless {@link #filnavn} is set.
         *
         * @param file the file
         * @return this builder
         */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            this.stream = null;
            return this;
        }

        /**
         * Reads the document from a stream supplier.
         *
         * @param filnavn the file name
         * @param stream opens the bytes (see {@link DokumentStream})
         * @return this builder
         */
        public Builder stream(String filnavn, DokumentStream stream) {
            this.filnavn = Objects.requireNonNull(filnavn, "filnavn");
            this.stream = Objects.requireNonNull(stream, "stream");
            this.file = null;
            return this;
        }

        /**
         * Sets the file name SvarUt and the recipient see: at most 226 characters, none of
         * {@code * : " \ / < > | ?}, unique within the forsendelse.
         *
         * @param filnavn the name
         * @return this builder
         */
        public Builder filnavn(String filnavn) {
            this.filnavn = Objects.requireNonNull(filnavn, "filnavn");
            return this;
        }

        /**
         * Sets the media type; by default it follows the file name's extension.
         *
         * @param mimeType such as {@code application/pdf}
         * @return this builder
         */
        public Builder mimeType(String mimeType) {
            this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
            return this;
        }

        /**
         * Declares the size of a streamed document, so that size limits can be checked before sending.
         *
         * @param size the number of bytes
         * @return this builder
         */
        public Builder size(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
            this.size = size;
            return this;
        }

        /**
         * Asks the recipient to sign this document (a PDF; one per forsendelse at most).
         *
         * @param skalSigneres whether to ask
         * @return this builder
         */
        public Builder skalSigneres(boolean skalSigneres) {
            this.skalSigneres = skalSigneres;
            return this;
        }

        /**
         * Says what kind of document this is, in free text (such as a Noark document type).
         *
         * @param dokumentType the kind
         * @return this builder
         */
        public Builder dokumentType(String dokumentType) {
            this.dokumentType = Objects.requireNonNull(dokumentType, "dokumentType");
            return this;
        }

        /**
         * Leaves this document out when the forsendelse is printed; needed for a document that is not a PDF unless
         * the forsendelse is digital only.
         *
         * @param exclude whether to leave it out
         * @return this builder
         */
        public Builder skalEkskluderesFraUtskrift(boolean exclude) {
            this.skalEkskluderesFraUtskrift = exclude;
            return this;
        }

        /**
         * Warns the recipient that the document may hold sensitive personal information.
         *
         * @param sensitive whether it may
         * @return this builder
         */
        public Builder inneholderPersonsensitivInformasjon(boolean sensitive) {
            this.inneholderPersonsensitivInformasjon = sensitive;
            return this;
        }

        /**
         * Creates the document.
         *
         * @return the document
         * @throws IllegalStateException if neither a file nor a stream is set
         */
        public Dokument build() {
            if (file == null && stream == null) {
                throw new IllegalStateException("Set file(...) or stream(...)");
            }
            return new Dokument(this);
        }
    }
}
