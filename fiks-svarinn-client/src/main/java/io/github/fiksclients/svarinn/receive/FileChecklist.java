package io.github.fiksclients.svarinn.receive;

import io.github.fiksclients.svarinn.receive.ForsendelseVerificationException.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ticks off the files of a forsendelse against its metadata as the archive's entries arrive: every expected
 * file exactly once, with the expected size and SHA-256, and nothing else.
 */
final class FileChecklist {

    private final String forsendelseId;
    private final Map<String, ExpectedFile> expected = new LinkedHashMap<>();
    private final Map<String, HashingCopier.Copied> received = new LinkedHashMap<>();

    /**
     * Starts the checklist.
     *
     * @param forsendelseId for messages
     * @param expectedFiles the files the metadata names
     * @throws ForsendelseVerificationException if the metadata names no file, or one file twice
     */
    FileChecklist(String forsendelseId, List<ExpectedFile> expectedFiles) {
        this.forsendelseId = forsendelseId;
        if (expectedFiles.isEmpty()) {
            throw new ForsendelseVerificationException(forsendelseId, Reason.NO_FILES, null,
                    "the metadata lists no files");
        }
        for (ExpectedFile file : expectedFiles) {
            if (expected.putIfAbsent(file.filnavn(), file) != null) {
                throw failure(Reason.DUPLICATE_FILE, file.filnavn(), "the metadata lists file %s twice");
            }
        }
    }

    /**
     * Returns what the metadata says about an entry about to be written.
     *
     * @param filnavn the entry's name
     * @return the expected file
     * @throws ForsendelseVerificationException if the metadata does not name it, or it came before
     */
    ExpectedFile expect(String filnavn) {
        ExpectedFile file = expected.get(filnavn);
        if (file == null) {
            throw failure(Reason.UNEXPECTED_FILE, filnavn,
                    "the archive holds file %s, which the metadata does not list");
        }
        if (received.containsKey(filnavn)) {
            throw failure(Reason.DUPLICATE_FILE, filnavn, "the archive holds file %s twice");
        }
        return file;
    }

    /**
     * Checks a written file against the metadata and ticks it off.
     *
     * @param file what the metadata says
     * @param copied what was written
     * @throws ForsendelseVerificationException if the size or the SHA-256 differs
     */
    void tick(ExpectedFile file, HashingCopier.Copied copied) {
        if (file.size().isPresent() && file.size().getAsLong() != copied.size()) {
            throw failure(Reason.SIZE_MISMATCH, file.filnavn(), "file %s has " + copied.size()
                    + " bytes, the metadata says " + file.size().getAsLong());
        }
        if (!file.sha256().equals(copied.sha256())) {
            throw failure(Reason.HASH_MISMATCH, file.filnavn(), "file %s has SHA-256 " + copied.sha256()
                    + ", the metadata says " + file.sha256());
        }
        received.put(file.filnavn(), copied);
    }

    /**
     * Returns the verified files at their final place, once every expected file has been ticked off.
     *
     * @param directory the forsendelse's directory the files will be in
     * @param storedPaths where each file is stored, relative to the directory, by {@code filnavn}
     * @return the files in the order of the metadata
     * @throws ForsendelseVerificationException if the archive held no file, or an expected one is missing
     */
    List<VerifiedFile> verifiedFiles(Path directory, Map<String, String> storedPaths) {
        if (received.isEmpty()) {
            throw new ForsendelseVerificationException(forsendelseId, Reason.NO_FILES, null,
                    "the archive holds no files");
        }
        List<VerifiedFile> files = new ArrayList<>(expected.size());
        for (String filnavn : expected.keySet()) {
            HashingCopier.Copied copied = received.get(filnavn);
            if (copied == null) {
                throw failure(Reason.MISSING_FILE, filnavn, "file %s of the metadata is not in the archive");
            }
            files.add(new VerifiedFile(filnavn, directory.resolve(storedPaths.get(filnavn)), copied.size(),
                    copied.sha256()));
        }
        return files;
    }

    private ForsendelseVerificationException failure(Reason reason, String filnavn, String messageFormat) {
        return new ForsendelseVerificationException(forsendelseId, reason, filnavn,
                String.format(messageFormat, EntryNames.printable(filnavn)));
    }
}
