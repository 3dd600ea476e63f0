package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unpacking and verifying the ZIP archive of a forsendelse, and leaving nothing behind when it is bad. */
class ForsendelseExtractorTest {

    private static final String ID = "forsendelse-1";
    private static final Map<String, byte[]> FILES = Zips.files("brev.pdf", "et brev", "vedlegg.txt", "et vedlegg");
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path target;

    @Test
    void keepsFilesInSubdirectoriesAndSkipsDirectoryEntries() {
        Map<String, byte[]> files = Zips.files("mappe/", "", "mappe/brev.pdf", "et brev");
        List<ExpectedFile> metadata = Zips.metadata(Zips.files("mappe/brev.pdf", "et brev"));

        ReceivedForsendelse received = extract(Zips.zip(files), metadata);

        assertThat(received.files()).singleElement().satisfies(file -> {
            assertThat(file.filnavn()).isEqualTo("mappe/brev.pdf");
            assertThat(file.path()).isEqualTo(target.resolve(ID).resolve("mappe").resolve("brev.pdf"))
                    .hasContent("et brev");
        });
    }

    @Test
    void storesFilesWhoseNamesAreNotValidOnWindowsUnderSafeUniqueNamesWithTheirContentIntact() {
        Map<String, byte[]> files = Zips.files(
                "Vedtak: 12?.pdf", "vedtak",
                "CON", "con",
                "aux.txt", "aux",
                "Notat.", "notat",
                "tab\tnavn.txt", "tab",
                "Brev.pdf", "stor B",
                "brev.pdf", "liten b",
                "S\u00f8knad \u00e5.pdf", "nfc",
                "S\u00f8knad a\u030a.pdf", "nfd");

        ReceivedForsendelse received = extract(Zips.zip(files), Zips.metadata(files));

        Path directory = target.resolve(ID);
        assertThat(received.files()).extracting(VerifiedFile::filnavn).containsExactlyElementsOf(files.keySet());
        assertThat(received.files()).extracting(file -> directory.relativize(file.path()).toString()).containsExactly(
                "Vedtak_ 12_.pdf", "_CON", "_aux.txt", "Notat_", "tab_navn.txt", "Brev.pdf", "brev (2).pdf",
                "S\u00f8knad \u00e5.pdf", "S\u00f8knad \u00e5 (2).pdf");
        for (VerifiedFile file : received.files()) {
            assertThat(file.path()).hasBinaryContent(files.get(file.filnavn()));
        }
        try (var stored = java.nio.file.Files.list(directory)) {
            assertThat(stored).hasSize(files.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void checksOnlyTheHashWhenTheSizeIsUnknown() {
        byte[] content = "et brev".getBytes(StandardCharsets.UTF_8);
        List<ExpectedFile> metadata = List.of(ExpectedFile.withUnknownSize("brev.pdf", Zips.sha256(content)));

        ReceivedForsendelse received = extract(Zips.zip(Map.of("brev.pdf", content)), metadata);

        assertThat(received.files()).singleElement().extracting(VerifiedFile::size).isEqualTo((long) content.length);
    }

    @Test
    void rejectsAFileWhoseHashDiffers() {
        List<ExpectedFile> metadata = Zips.metadata(Zips.files("brev.pdf", "et BREV", "vedlegg.txt", "et vedlegg"));

        assertRejected(() -> extract(Zips.zip(FILES), metadata), Reason.HASH_MISMATCH, "brev.pdf");
    }

    @Test
    void rejectsAFileWhoseSizeDiffers() {
        List<ExpectedFile> metadata = Zips.metadata(FILES);
        ExpectedFile brev = metadata.get(0);
        metadata.set(0, ExpectedFile.of(brev.filnavn(), brev.sha256(), brev.size().getAsLong() - 1));

        assertRejected(() -> extract(Zips.zip(FILES), metadata), Reason.SIZE_MISMATCH, "brev.pdf");
    }

    @Test
    void rejectsAFileSmallerThanTheMetadataSays() {
        List<ExpectedFile> metadata = Zips.metadata(FILES);
        ExpectedFile brev = metadata.get(0);
        metadata.set(0, ExpectedFile.of(brev.filnavn(), brev.sha256(), brev.size().getAsLong() + 1));

        assertRejected(() -> extract(Zips.zip(FILES), metadata), Reason.SIZE_MISMATCH, "brev.pdf");
    }

    @Test
    void rejectsAnArchiveWithoutAFileTheMetadataLists() {
        List<ExpectedFile> metadata = new ArrayList<>(Zips.metadata(FILES));
        metadata.addAll(Zips.metadata(Zips.files("mangler.pdf", "borte")));

        assertRejected(() -> extract(Zips.zip(FILES), metadata), Reason.MISSING_FILE, "mangler.pdf");
    }

    @Test
    void rejectsAFileTheMetadataDoesNotList() {
        Map<String, byte[]> withExtra = new LinkedHashMap<>(FILES);
        withExtra.put("ekstra.exe", "ikke bestilt".getBytes(StandardCharsets.UTF_8));

        assertRejected(() -> extract(Zips.zip(withExtra), Zips.metadata(FILES)), Reason.UNEXPECTED_FILE, "ekstra.exe");
    }

    @Test
    void rejectsAnArchiveWithTheSameFileTwice() {
        byte[] twice = concatenatedEntries("brev.pdf", "brev.pdf");

        assertRejected(() -> extract(twice, Zips.metadata(Zips.files("brev.pdf", "et brev"))),
                Reason.DUPLICATE_FILE, "brev.pdf");
    }

    @Test
    void rejectsMetadataThatListsNoFiles() {
        assertRejected(() -> extract(Zips.zip(FILES), List.of()), Reason.NO_FILES, null);
    }

    @Test
    void rejectsAnArchiveWithoutFiles() {
        assertRejected(() -> extract(Zips.zip(Map.of()), Zips.metadata(FILES)), Reason.NO_FILES, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/etc/x", "mappe/../../evil", "C:/Windows/evil", "C:evil", "..\\evil",
            "mappe\\..\\..\\evil", "", "./brev.pdf", "mappe//brev.pdf", "../", "/"})
    void rejectsAnEntryNameThatCouldLeaveTheDirectory(String entryName) {
        Map<String, byte[]> files = Zips.files("brev.pdf", "et brev", entryName, "ondt");

        assertThatThrownBy(() -> extract(Zips.zip(files), Zips.metadata(Zips.files("brev.pdf", "et brev"))))
                .isInstanceOfSatisfying(UnsafeEntryNameException.class, e -> {
                    assertThat(e.entryName()).isEqualTo(entryName);
                    assertThat(e.forsendelseId()).isEqualTo(ID);
                });
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void stopsAnEntryThatDecompressesBeyondTheLimit() {
        byte[] bomb = zipOfZeros("bombe.bin", 256 * MIB);
        CountingInputStream download = new CountingInputStream(new ByteArrayInputStream(bomb));
        ExtractionLimits limits = ExtractionLimits.builder().maxEntryBytes(MIB).build();
        List<ExpectedFile> metadata = List.of(ExpectedFile.withUnknownSize("bombe.bin", "0".repeat(64)));

        assertThatThrownBy(() -> new ForsendelseExtractor(target, limits).extract(ID, download, metadata))
                .isInstanceOf(ExtractionLimitExceededException.class)
                .hasMessageContaining("bombe.bin");
        assertThat(download.count()).isLessThan(bomb.length / 3);
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void stopsFilesThatTogetherDecompressBeyondTheLimit() {
        ExtractionLimits limits = ExtractionLimits.builder().maxTotalBytes(FILES.get("brev.pdf").length + 1).build();

        assertThatThrownBy(() -> extract(Zips.zip(FILES), Zips.metadata(FILES), limits))
                .isInstanceOf(ExtractionLimitExceededException.class)
                .hasMessageContaining("vedlegg.txt");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void stopsAnArchiveWithTooManyEntries() {
        ExtractionLimits limits = ExtractionLimits.builder().maxEntries(1).build();

        assertThatThrownBy(() -> extract(Zips.zip(FILES), Zips.metadata(FILES), limits))
                .isInstanceOf(ExtractionLimitExceededException.class)
                .hasMessageContaining("more than 1 entries");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsContentThatIsNoZipArchive() {
        byte[] notAZip = "ikke en ZIP-fil".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> extract(notAZip, Zips.metadata(FILES)))
                .isInstanceOf(ForsendelseFormatException.class)
                .hasMessageContaining(ID)
                .hasMessageContaining("does not start like a ZIP archive");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsADamagedArchive() {
        byte[] zip = Zips.zip(FILES);
        zip[40] ^= 0x7f;

        assertThatThrownBy(() -> extract(zip, Zips.metadata(FILES)))
                .isInstanceOf(ForsendelseFormatException.class)
                .hasMessageContaining(ID);
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void reportsADownloadThatBreaksOffAsADownloadFailure() {
        byte[] zip = Zips.zip(FILES);

        assertThatThrownBy(() -> new ForsendelseExtractor(target).extract(ID, new FailingInputStream(zip, 50),
                Zips.metadata(FILES)))
                .isInstanceOf(ForsendelseDownloadException.class)
                .hasRootCauseMessage("Connection reset");
        assertThat(target).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".skjult", "a/b", "a\\b", "C:", "..", "ny\nlinje"})
    void refusesAForsendelseIdThatCannotNameADirectory(String forsendelseId) {
        ForsendelseExtractor extractor = new ForsendelseExtractor(target);
        InputStream zip = new ByteArrayInputStream(Zips.zip(FILES));

        assertThatThrownBy(() -> extractor.extract(forsendelseId, zip, Zips.metadata(FILES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(target).isEmptyDirectory();
    }

    private ReceivedForsendelse extract(byte[] zip, List<ExpectedFile> metadata) {
        return extract(zip, metadata, ExtractionLimits.defaults());
    }

    private ReceivedForsendelse extract(byte[] zip, List<ExpectedFile> metadata, ExtractionLimits limits) {
        return new ForsendelseExtractor(target, limits).extract(ID, new ByteArrayInputStream(zip), metadata);
    }

    private void assertRejected(ThrowingCallable extraction, Reason reason, String filnavn) {
        assertThatThrownBy(extraction).isInstanceOfSatisfying(ForsendelseVerificationException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.filnavn()).isEqualTo(Optional.ofNullable(filnavn));
            assertThat(e).hasMessageContaining(ID);
        });
        assertThat(target).isEmptyDirectory();
    }

    /** Two archives' entries back to back: ZipOutputStream itself refuses a duplicate name. */
    private static byte[] concatenatedEntries(String first, String second) {
        byte[] one = Zips.zip(Zips.files(first, "et brev"));
        byte[] two = Zips.zip(Zips.files(second, "et brev"));
        byte[] both = new byte[localEntriesLength(one) + two.length];
        System.arraycopy(one, 0, both, 0, localEntriesLength(one));
        System.arraycopy(two, 0, both, localEntriesLength(one), two.length);
        return both;
    }

    private static int localEntriesLength(byte[] zip) {
        for (int i = 0; i < zip.length - 4; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                return i;
            }
        }
        throw new IllegalArgumentException("no central directory");
    }

    private static byte[] zipOfZeros(String name, int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[MIB];
            for (int i = 0; i < size / MIB; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
