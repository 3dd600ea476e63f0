package io.github.fiksclients.svarinn;

import io.github.fiksclients.svarinn.receive.ExpectedFile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A forsendelse waiting to be received, as {@link SvarInnClient#fetchNew()} lists it: the same view whichever
 * SvarInn API version it came from, and the generated model of that version ({@link #v1Forsendelse()} or
 * {@link #v2Forsendelse()}) for everything else, such as the metadata for import into an archive.
 *
 * <p>The files the metadata promises are checked when the forsendelse is listed. If that metadata is unusable,
 * {@link #metadataProblem()} says why, {@link #expectedFiles()} throws it, and the forsendelse cannot be downloaded;
 * the rest of the poll is unaffected. Instances are immutable; the generated models they hold are not, so do not
 * change those.
 */
public final class NyForsendelse {

    /** Ids become directory names: letters, digits, {@code .}, {@code _} and {@code -}, not starting with a dot. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final String id;
    private final String tittel;
    private final String avsenderNavn;
    private final OffsetDateTime dato;
    private final Sikkerhetsniva sikkerhetsniva;
    private final String downloadUrl;
    private final List<ExpectedFile> expectedFiles;
    private final ForsendelseMetadataException metadataProblem;
    private final io.github.fiksclients.svarinn.v1.model.Forsendelse v1;
    private final io.github.fiksclients.svarinn.v2.model.Forsendelse v2;

    private NyForsendelse(Fields fields, io.github.fiksclients.svarinn.v1.model.Forsendelse v1,
            io.github.fiksclients.svarinn.v2.model.Forsendelse v2) {
        this.id = fields.id;
        this.tittel = fields.tittel;
        this.avsenderNavn = fields.avsenderNavn;
        this.dato = fields.dato;
        this.sikkerhetsniva = fields.sikkerhetsniva;
        this.downloadUrl = fields.downloadUrl;
        this.v1 = v1;
        this.v2 = v2;
        List<ExpectedFile> files = null;
        ForsendelseMetadataException problem = null;
        try {
            files = fields.files.get();
        } catch (ForsendelseMetadataException e) {
            problem = e;
        }
        this.expectedFiles = files;
        this.metadataProblem = problem;
    }

    /**
     * Makes the view of a SvarInn v1 forsendelse; v1 reports an unknown file size as 0, which becomes unknown here.
     *
     * @param forsendelse the generated model, with a non-null id
     * @return the view
     */
    static NyForsendelse fromV1(io.github.fiksclients.svarinn.v1.model.Forsendelse forsendelse) {
        Fields fields = new Fields();
        fields.id = Objects.requireNonNull(forsendelse.getId(), "id");
        fields.tittel = forsendelse.getTittel();
        fields.avsenderNavn = forsendelse.getAvsender() == null ? null : forsendelse.getAvsender().getNavn();
        fields.dato = forsendelse.getDate() == null ? null
                : Instant.ofEpochMilli(forsendelse.getDate()).atOffset(ZoneOffset.UTC);
        fields.sikkerhetsniva = "3".equals(forsendelse.getNiva()) ? Sikkerhetsniva.BETYDELIG
                : "4".equals(forsendelse.getNiva()) ? Sikkerhetsniva.HOYESTE : Sikkerhetsniva.UNKNOWN;
        fields.downloadUrl = forsendelse.getDownloadUrl();
        fields.files = () -> expectedFiles(fields.id, forsendelse.getFilmetadata(), fil -> expectedFile(
                fil.getFilnavn(), fil.getSha256hash(), Long.valueOf(0).equals(fil.getSize()) ? null : fil.getSize()));
        return new NyForsendelse(fields, forsendelse, null);
    }

    /**
     * Makes the view of a SvarInn v2 forsendelse; a {@code storrelse} of 0, or none, becomes an unknown size.
     *
     * <p>Why 0 is read as "not stated" rather than "empty": the v2 spec describes {@code storrelse} only as the
     * file's size, but marks it required, as v1 marks {@code size}, whose description says 0 stands for a size that
     * was not set; both lists come from the same SvarUt, so a file without a recorded size can only be listed with 0.
     * Reading 0 as unknown loses nothing: the SHA-256 is still checked, and the SHA-256 of an empty file proves it
     * empty. Reading it as empty would reject a file whose size SvarUt never recorded, though its SHA-256 matches,
     * and after {@link ReceiveOptions#permanentFailureAfter()} receives report it as permanently failed.
     *
     * @param forsendelse the generated model, with a non-null id
     * @return the view
     */
    static NyForsendelse fromV2(io.github.fiksclients.svarinn.v2.model.Forsendelse forsendelse) {
        Fields fields = new Fields();
        fields.id = Objects.requireNonNull(forsendelse.getId(), "id").toString();
        fields.tittel = forsendelse.getTittel();
        fields.avsenderNavn = forsendelse.getAvsender() == null ? null : forsendelse.getAvsender().getNavn();
        fields.dato = forsendelse.getDato();
        fields.sikkerhetsniva = forsendelse.getSikkerhetsniva() == null ? Sikkerhetsniva.UNKNOWN
                : switch (forsendelse.getSikkerhetsniva()) {
                    case BETYDELIG -> Sikkerhetsniva.BETYDELIG;
                    case HOYESTE -> Sikkerhetsniva.HOYESTE;
                    default -> Sikkerhetsniva.UNKNOWN;
                };
        fields.downloadUrl = forsendelse.getNedlastingslenke();
        fields.files = () -> expectedFiles(fields.id, forsendelse.getFiler(),
                fil -> expectedFile(fil.getFilnavn(), fil.getHash(),
                        Long.valueOf(0).equals(fil.getStorrelse()) ? null : fil.getStorrelse()));
        return new NyForsendelse(fields, null, forsendelse);
    }

    private static <T> List<ExpectedFile> expectedFiles(String id, List<T> files, Function<T, ExpectedFile> mapper) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new ForsendelseMetadataException(id,
                    "the id cannot name a directory (only letters, digits, '.', '_' and '-', not first '.')");
        }
        List<ExpectedFile> expected = new ArrayList<>();
        int number = 0;
        for (T file : files == null ? List.<T>of() : files) {
            number++;
            try {
                expected.add(mapper.apply(Objects.requireNonNull(file, "the entry is null")));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ForsendelseMetadataException(id,
                        "the metadata of file #" + number + " is unusable: " + e.getMessage());
            }
        }
        return List.copyOf(expected);
    }

    private static ExpectedFile expectedFile(String filnavn, String sha256, Long size) {
        Objects.requireNonNull(filnavn, "it has no filnavn");
        Objects.requireNonNull(sha256, "it has no SHA-256");
        return size == null ? ExpectedFile.withUnknownSize(filnavn, sha256) : ExpectedFile.of(filnavn, sha256, size);
    }

    /**
     * The forsendelse's id, used to download, acknowledge and name its directory.
     *
     * @return the id (a UUID in practice)
     */
    public String id() {
        return id;
    }

    /**
     * The title the sender gave.
     *
     * @return the title, or empty if none was sent
     */
    public Optional<String> tittel() {
        return Optional.ofNullable(tittel);
    }

    /**
     * The sender's name.
     *
     * @return the name, or empty if none was sent
     */
    public Optional<String> avsenderNavn() {
        return Optional.ofNullable(avsenderNavn);
    }

    /**
     * When SvarUt received the forsendelse; v1's epoch milliseconds are given in UTC.
     *
     * @return the time, or empty if none was sent
     */
    public Optional<OffsetDateTime> dato() {
        return Optional.ofNullable(dato);
    }

    /**
     * The security level the forsendelse requires.
     *
     * @return the level, {@link Sikkerhetsniva#UNKNOWN} if missing or unknown
     */
    public Sikkerhetsniva sikkerhetsniva() {
        return sikkerhetsniva;
    }

    /**
     * The download link SvarInn gives ({@code downloadUrl} in v1, {@code nedlastingslenke} in v2).
     *
     * <p>{@link SvarInnClient#download} follows it only in v1 and only to the client's own host, so credentials
     * never go elsewhere; otherwise it downloads by id.
     *
     * @return the link, or empty if none was sent
     */
    public Optional<String> downloadUrl() {
        return Optional.ofNullable(downloadUrl);
    }

    /**
     * The files the metadata promises, each with its SHA-256 and, when known, its size.
     *
     * @return the files, in the order of the metadata; empty if it lists none (downloading then fails)
     * @throws ForsendelseMetadataException if the metadata is unusable (see {@link #metadataProblem()})
     */
    public List<ExpectedFile> expectedFiles() {
        if (metadataProblem != null) {
            throw metadataProblem;
        }
        return expectedFiles;
    }

    /**
     * Why this forsendelse cannot be received, if its metadata is unusable.
     *
     * @return the problem, or empty if the metadata can be used
     */
    public Optional<ForsendelseMetadataException> metadataProblem() {
        return Optional.ofNullable(metadataProblem);
    }

    /**
     * The API version this forsendelse was listed by.
     *
     * @return {@link SvarInnApiVersion#V1} or {@link SvarInnApiVersion#V2}
     */
    public SvarInnApiVersion apiVersion() {
        return v1 != null ? SvarInnApiVersion.V1 : SvarInnApiVersion.V2;
    }

    /**
     * The generated SvarInn v1 model, for what this view does not show (such as {@code metadataForImport}).
     *
     * @return the model, or empty if the forsendelse came from v2
     */
    public Optional<io.github.fiksclients.svarinn.v1.model.Forsendelse> v1Forsendelse() {
        return Optional.ofNullable(v1);
    }

    /**
     * The generated SvarInn v2 model, for what this view does not show (such as {@code metadataForImport}).
     *
     * @return the model, or empty if the forsendelse came from v1
     */
    public Optional<io.github.fiksclients.svarinn.v2.model.Forsendelse> v2Forsendelse() {
        return Optional.ofNullable(v2);
    }

    /**
     * Describes the forsendelse by id, version and number of files; titles and names are left out, as they can
     * be personal data.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "NyForsendelse{id=" + id + ", apiVersion=" + apiVersion()
                + (metadataProblem == null ? ", files=" + expectedFiles.size() : ", metadataProblem") + "}";
    }

    /** The version-neutral fields, filled by one of the factories. */
    private static final class Fields {
        private String id;
        private String tittel;
        private String avsenderNavn;
        private OffsetDateTime dato;
        private Sikkerhetsniva sikkerhetsniva;
        private String downloadUrl;
        /** Maps the metadata's files, or throws {@link ForsendelseMetadataException}. */
        private Supplier<List<ExpectedFile>> files;
    }
}
