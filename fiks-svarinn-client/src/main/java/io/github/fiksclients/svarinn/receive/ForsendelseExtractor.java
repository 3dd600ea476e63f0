package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.svarinn.SvarInnException;
import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the decrypted content of a forsendelse, a ZIP archive, into {@code <target>/<forsendelseId>/} and
 * verifies every file against the metadata, so that what lands there is complete and intact or not there at
 * all.
 *
 * <p>The archive is read as a stream, once. Each entry is written to a hidden staging directory inside the
 * target directory while its SHA-256 and size are computed. Then:
 * <ul>
 *   <li>every file the metadata lists must be in the archive exactly once, with the listed size (when
 *       known) and SHA-256; a file the metadata does not list is rejected, and so is a forsendelse without
 *       files;</li>
 *   <li>entry names must stay inside the directory on every OS (see {@link UnsafeEntryNameException});
 *       directory entries are allowed and create nothing by themselves;</li>
 *   <li>the content is bounded by {@link ExtractionLimits}, counted as it is decompressed;</li>
 *   <li>the input is read to its end, so that a decrypting stream checks its final padding.</li>
 * </ul>
 * Only then is the staging directory renamed to {@code <target>/<forsendelseId>} in one step. Every file is
 * forced to disk as it is written, and the directories (the staging directory and those in it, then the target
 * directory after the rename) before this returns, so that a forsendelse handed over for import, and then
 * acknowledged, survives a crash or power loss (see {@link FileChannel#force}; on Windows, where a directory cannot
 * be opened to force it, directory changes are left to NTFS's journal). An earlier
 * copy there, left by a receive that was not acknowledged, is replaced: SvarInn delivers at least once, so
 * the same forsendelse can come again. On any failure the staging directory is deleted and the target
 * directory is as before. Only a crash of the JVM itself can leave a hidden {@code .<forsendelseId>.partial-*}
 * (or {@code .replaced-*}) directory behind, which {@link #deleteLeftovers()} deletes. On POSIX file systems the
 * directories it creates and their files are its owner's only, unless other permissions are given.
 *
 * <p><b>Stored names.</b> Each file is stored under a name valid on Windows, macOS and Linux and unique even on a
 * file system that ignores case or Unicode normalization, the same whatever OS runs the receive; its
 * {@code filnavn} stays in {@link VerifiedFile#filnavn()}. A {@code filnavn} is split at {@code /} into directories
 * and a file name, and each part is mapped: to Unicode NFC; each of {@code < > : " | ? *} and each control character
 * to {@code _}; each dot or space at its end to {@code _}; a Windows device name ({@code CON}, {@code PRN},
 * {@code AUX}, {@code NUL}, {@code CONIN$}, {@code CONOUT$}, {@code COM0}-{@code COM9}, {@code LPT0}-{@code LPT9},
 * {@code COM¹²³}, {@code LPT¹²³}, in any case, alone or before a dot) gets a leading {@code _}; a part over 240
 * UTF-8 bytes is shortened, keeping its extension. Then names are made unique per directory, compared with case and
 * normalization folded: directories that differ only so are merged under the spelling that comes first in the
 * metadata, and a file whose name is taken gets {@code " (2)"}, {@code " (3)"}, ... before its extension. Files whose
 * names need no mapping are placed first, in the order of the metadata, then the others, so the mapping depends on
 * the metadata alone. For example {@code "Vedtak: 12?.pdf"} is stored as {@code "Vedtak_ 12_.pdf"},
 * {@code "con.txt"} as {@code "_con.txt"}, {@code "Notat."} as {@code "Notat_"}, and of {@code "Brev.pdf"} and
 * {@code "brev.pdf"} the second as {@code "brev (2).pdf"}.
 *
 * <p>Limits: entry names are read as UTF-8 and must equal a {@code filnavn} of the metadata exactly; a stored
 * (uncompressed) entry followed by a data descriptor cannot be read by {@link ZipInputStream} and fails with
 * {@link ForsendelseFormatException} (archives made by Java's {@code ZipOutputStream} never have one). Instances
 * are immutable and can be shared between threads. Two receives of the same forsendelse at the same time leave one
 * complete copy; the one that loses the race may fail with {@link ForsendelseStorageException}.
 */
public final class ForsendelseExtractor {

    private static final int READ_BUFFER_SIZE = 64 * 1024;
    private static final byte[] LOCAL_FILE_HEADER = {'P', 'K', 3, 4};
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};

    /**
     * The default permissions of the directories a receive creates: the owner's only ({@code rwx------}; files
     * {@code rw-------}).
     */
    public static final Set<PosixFilePermission> OWNER_ONLY = DirectoryPermissions.OWNER_ONLY;

    private final Path targetDirectory;
    private final ExtractionLimits limits;
    private final DirectoryPermissions permissions;

    /**
     * Creates an extractor with the {@linkplain ExtractionLimits#defaults() default limits}.
     *
     * @param targetDirectory where each forsendelse gets its own directory; created if missing
     */
    public ForsendelseExtractor(Path targetDirectory) {
        this(targetDirectory, ExtractionLimits.defaults());
    }

    /**
     * Creates an extractor with the given limits, whose directories only their owner may use.
     *
     * @param targetDirectory where each forsendelse gets its own directory; created if missing
     * @param limits how much one forsendelse may unpack to
     */
    public ForsendelseExtractor(Path targetDirectory, ExtractionLimits limits) {
        this(targetDirectory, limits, OWNER_ONLY);
    }

    /**
     * Creates an extractor with the given limits and permissions.
     *
     * @param targetDirectory where each forsendelse gets its own directory; created if missing
     * @param limits how much one forsendelse may unpack to
     * @param directoryPermissions the POSIX permissions of every directory it creates (the target directory if
     *     missing, each forsendelse's directory and those in it); its files get the same without the execute bits.
     *     Set exactly, whatever the umask; ignored where the file system has no POSIX permissions (Windows), where
     *     everything inherits the ACL of the target directory
     */
    public ForsendelseExtractor(Path targetDirectory, ExtractionLimits limits,
            Set<PosixFilePermission> directoryPermissions) {
        this.targetDirectory = Objects.requireNonNull(targetDirectory, "targetDirectory");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.permissions = new DirectoryPermissions(Objects.requireNonNull(directoryPermissions,
                "directoryPermissions"));
    }

    /**
     * Creates the target directory and any missing parents, with this extractor's permissions, if it is missing.
     *
     * @throws SvarInnException if it cannot be created
     */
    public void createTargetDirectory() {
        try {
            permissions.createDirectories(targetDirectory);
        } catch (IOException e) {
            throw new SvarInnException("Cannot create the target directory " + targetDirectory + ": " + e, e);
        }
    }

    /**
     * Deletes what receives that crashed left in the target directory: hidden staging directories
     * ({@code .<forsendelseId>.partial-*}) and earlier copies that were being replaced
     * ({@code .<forsendelseId>.replaced-*}). Call it only while no other receive writes to the directory, as
     * {@link io.github.fiksclients.svarinn.SvarInnClient#receive} does when it starts.
     *
     * @return how many leftovers were deleted; one that cannot be deleted is logged and kept
     * @throws SvarInnException if the directory cannot be listed
     */
    public int deleteLeftovers() {
        try {
            return StagingDirectory.deleteLeftovers(targetDirectory);
        } catch (IOException e) {
            throw new SvarInnException("Cannot list the target directory " + targetDirectory + ": " + e, e);
        }
    }

    /**
     * Unpacks and verifies one forsendelse, and moves its files to {@code <target>/<forsendelseId>/}.
     *
     * <p>The caller keeps {@code zipContent} and closes it; it has been read to its end when this returns.
     *
     * @param forsendelseId the forsendelse's id; it names the directory, so it must not be blank, start with
     *     a dot, or hold {@code /}, {@code \}, {@code :} or control characters
     * @param zipContent the ZIP archive, typically from {@link EnvelopeDecryptor#decrypt}
     * @param expectedFiles the files the forsendelse's metadata lists
     * @return the forsendelse's directory and its verified files
     * @throws ForsendelseVerificationException if the files do not match the metadata
     * @throws UnsafeEntryNameException if an entry name could leave the directory
     * @throws ExtractionLimitExceededException if the content passes a limit
     * @throws ForsendelseFormatException if the content is not a readable ZIP archive
     * @throws ForsendelseDecryptionException if decrypting the content fails as it is read
     * @throws ForsendelseDownloadException if reading the download fails
     * @throws ForsendelseStorageException if the files cannot be written or moved
     * @throws IllegalArgumentException if {@code forsendelseId} cannot name a directory
     */
    public ReceivedForsendelse extract(String forsendelseId, InputStream zipContent, List<ExpectedFile> expectedFiles) {
        EntryNames.requireDirectoryName(forsendelseId);
        Objects.requireNonNull(zipContent, "zipContent");
        FileChecklist checklist = new FileChecklist(forsendelseId, List.copyOf(expectedFiles));
        Map<String, String> storedPaths = StoredNames.of(forsendelseId,
                expectedFiles.stream().map(ExpectedFile::filnavn).toList());
        TypedFailureInputStream source = new TypedFailureInputStream(
                new BufferedInputStream(new DownloadStream(zipContent), READ_BUFFER_SIZE),
                forsendelseId, ReadFailures::ofArchive);
        requireZipSignature(forsendelseId, source);
        try (StagingDirectory staging = StagingDirectory.create(forsendelseId, targetDirectory, permissions)) {
            unpack(forsendelseId, source, staging, checklist, storedPaths);
            drain(forsendelseId, source);
            List<VerifiedFile> files = checklist.verifiedFiles(staging.destination(), storedPaths);
            staging.forceToDisk();
            return new ReceivedForsendelse(forsendelseId, staging.publish(), files);
        }
    }

    /**
     * Fails unless the content starts like a ZIP archive: with an entry, or with the end record of an empty
     * archive. {@link ZipInputStream} would take anything else for an empty archive.
     */
    private static void requireZipSignature(String forsendelseId, TypedFailureInputStream source) {
        byte[] signature = new byte[4];
        source.mark(signature.length);
        int length = 0;
        int n = 0;
        while (length < signature.length && n >= 0) {
            n = source.read(signature, length, signature.length - length);
            length += Math.max(n, 0);
        }
        try {
            source.reset();
        } catch (IOException e) {
            throw ReadFailures.ofArchive(forsendelseId, e);
        }
        if (!Arrays.equals(signature, LOCAL_FILE_HEADER) && !Arrays.equals(signature, END_OF_CENTRAL_DIRECTORY)) {
            throw new ForsendelseFormatException(forsendelseId, "the content does not start like a ZIP archive", null);
        }
    }

    private void unpack(String forsendelseId, InputStream source, StagingDirectory staging, FileChecklist checklist,
            Map<String, String> storedPaths) {
        ZipInputStream zip = new ZipInputStream(source, StandardCharsets.UTF_8);
        InputStream entryContent = new TypedFailureInputStream(zip, forsendelseId, ReadFailures::ofArchive);
        HashingCopier copier = new HashingCopier();
        long totalBytes = 0;
        int entries = 0;
        for (ZipEntry entry = nextEntry(forsendelseId, zip); entry != null; entry = nextEntry(forsendelseId, zip)) {
            if (++entries > limits.maxEntries()) {
                throw new ExtractionLimitExceededException(forsendelseId,
                        "the archive holds more than " + limits.maxEntries() + " entries");
            }
            EntryNames.requireSafe(forsendelseId, entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            ExpectedFile expected = checklist.expect(entry.getName());
            Path file = staging.path().resolve(storedPaths.get(expected.filnavn()));
            long remainingTotal = limits.maxTotalBytes() - totalBytes;
            long allowed = Math.min(Math.min(limits.maxEntryBytes(), remainingTotal),
                    expected.size().orElse(Long.MAX_VALUE));
            HashingCopier.Copied copied = write(forsendelseId, expected, entryContent, staging, file, copier,
                    allowed);
            if (copied == null) {
                throw tooLarge(forsendelseId, expected, remainingTotal);
            }
            totalBytes += copied.size();
            checklist.tick(expected, copied);
        }
    }

    private static ZipEntry nextEntry(String forsendelseId, ZipInputStream zip) {
        try {
            return zip.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.ofArchive(forsendelseId, e);
        }
    }

    private static HashingCopier.Copied write(String forsendelseId, ExpectedFile expected, InputStream content,
            StagingDirectory staging, Path file, HashingCopier copier, long allowed) {
        try {
            try (FileChannel channel = staging.newFile(file)) {
                HashingCopier.Copied copied = copier.copy(content, Channels.newOutputStream(channel), allowed);
                if (copied != null) {
                    channel.force(true);
                }
                return copied;
            }
        } catch (FileAlreadyExistsException e) {
            throw new ForsendelseVerificationException(forsendelseId, Reason.DUPLICATE_FILE, expected.filnavn(),
                    "file " + EntryNames.printable(expected.filnavn()) + " collides with an earlier entry");
        } catch (IOException e) {
            throw new ForsendelseStorageException(forsendelseId,
                    "cannot write file " + EntryNames.printable(expected.filnavn()), e);
        }
    }

    private ForsendelseReceiveException tooLarge(String forsendelseId, ExpectedFile expected, long remainingTotal) {
        String name = EntryNames.printable(expected.filnavn());
        long expectedSize = expected.size().orElse(Long.MAX_VALUE);
        if (limits.maxEntryBytes() <= remainingTotal && limits.maxEntryBytes() <= expectedSize) {
            return new ExtractionLimitExceededException(forsendelseId,
                    "file " + name + " exceeds the limit of " + limits.maxEntryBytes() + " bytes per file");
        }
        if (remainingTotal <= expectedSize) {
            return new ExtractionLimitExceededException(forsendelseId,
                    "the files exceed the limit of " + limits.maxTotalBytes() + " bytes in all at file " + name);
        }
        return new ForsendelseVerificationException(forsendelseId, Reason.SIZE_MISMATCH, expected.filnavn(),
                "file " + name + " has more than the " + expectedSize + " bytes the metadata says");
    }

    private void drain(String forsendelseId, TypedFailureInputStream source) {
        byte[] buffer = new byte[READ_BUFFER_SIZE];
        long trailing = 0;
        for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
            trailing += n;
            if (trailing > limits.maxTotalBytes()) {
                throw new ExtractionLimitExceededException(forsendelseId,
                        "more than " + limits.maxTotalBytes() + " bytes follow the archive's last entry");
            }
        }
    }
}
