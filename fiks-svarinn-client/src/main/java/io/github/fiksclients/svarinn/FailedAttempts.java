package io.github.fiksclients.svarinn;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How often each forsendelse has failed because of its own content ({@link
 * io.github.fiksclients.svarinn.receive.ForsendelseReceiveException#isPermanent()}), counted across receives in the
 * hidden file {@value #FILE_NAME} of the target directory, so that one that keeps failing can be reported to SvarInn
 * as permanently failed.
 *
 * <p>The file is small text: a comment line, then one line per forsendelse, {@code <id> <failures> <last failure,
 * epoch milliseconds>}. It is replaced whole and crash-safely on each change: written to a temporary file, forced to
 * disk, moved over the old one atomically, and the directory forced. A crash leaves the old file or the new one,
 * never a mix; a temporary file it leaves is deleted at the next load. Entries whose last failure is older than
 * {@value #FORGET_AFTER_DAYS} days are dropped (their forsendelser were received or sent another way meanwhile).
 * Lines it cannot read are skipped. Not thread-safe: one receive uses it, under {@link TargetDirectoryLock}.
 */
final class FailedAttempts {

    /** The file's name in the target directory. */
    static final String FILE_NAME = ".fiks-svarinn-attempts";

    private static final int FORGET_AFTER_DAYS = 90;
    private static final String TEMPORARY_PREFIX = FILE_NAME + ".tmp-";
    private static final Pattern LINE =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*) ([1-9][0-9]{0,8}) ([0-9]{1,18})");
    private static final Logger LOG = LoggerFactory.getLogger(SvarInnClient.class);

    private final Path targetDirectory;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private record Entry(int failures, Instant lastFailure) {
    }

    private FailedAttempts(Path targetDirectory, Clock clock, Map<String, Entry> entries) {
        this.targetDirectory = targetDirectory;
        this.clock = clock;
        this.entries = entries;
    }

    /**
     * Reads the counts of a target directory, and deletes temporary files of saves a crash interrupted.
     *
     * @param targetDirectory an existing target directory
     * @param clock the time of failures
     * @return the counts; empty if there is no file or it cannot be read (logged)
     */
    static FailedAttempts load(Path targetDirectory, Clock clock) {
        deleteTemporaryFiles(targetDirectory);
        Map<String, Entry> entries = new LinkedHashMap<>();
        Instant forgetBefore = clock.instant().minus(Duration.ofDays(FORGET_AFTER_DAYS));
        try (BufferedReader reader = Files.newBufferedReader(targetDirectory.resolve(FILE_NAME),
                StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var match = LINE.matcher(line);
                if (match.matches()) {
                    Entry entry = new Entry(Integer.parseInt(match.group(2)),
                            Instant.ofEpochMilli(Long.parseLong(match.group(3))));
                    if (entry.lastFailure().isAfter(forgetBefore)) {
                        entries.put(match.group(1), entry);
                    }
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    LOG.warn("Skipping an unreadable line of {}", targetDirectory.resolve(FILE_NAME));
                }
            }
        } catch (NoSuchFileException e) {
            // No forsendelse has failed on its content here yet.
        } catch (IOException e) {
            LOG.warn("Cannot read {}: counting failed attempts from zero ({})", targetDirectory.resolve(FILE_NAME),
                    e.toString());
        }
        return new FailedAttempts(targetDirectory, clock, entries);
    }

    /**
     * How often a forsendelse has failed on its content so far.
     *
     * @param forsendelseId the forsendelse
     * @return the count, 0 if never
     */
    int count(String forsendelseId) {
        Entry entry = entries.get(forsendelseId);
        return entry == null ? 0 : entry.failures();
    }

    /**
     * Counts one more failure of a forsendelse on its content, and saves.
     *
     * @param forsendelseId the forsendelse
     * @return the count, this failure included
     * @throws IOException if saving fails; the count is kept in memory
     */
    int recordFailure(String forsendelseId) throws IOException {
        int failures = count(forsendelseId) + 1;
        entries.put(forsendelseId, new Entry(failures, clock.instant()));
        save();
        return failures;
    }

    /**
     * Forgets a forsendelse, once it was received or reported as permanently failed, and saves if it was counted.
     *
     * @param forsendelseId the forsendelse
     * @throws IOException if saving fails
     */
    void forget(String forsendelseId) throws IOException {
        if (entries.remove(forsendelseId) != null) {
            save();
        }
    }

    private void save() throws IOException {
        StringBuilder text = new StringBuilder("# fiks-clients SvarInn receive: failures of forsendelser on their "
                + "content (id, failures, last failure in epoch ms); delete to start counting again\n");
        entries.forEach((id, entry) -> text.append(id).append(' ').append(entry.failures()).append(' ')
                .append(entry.lastFailure().toEpochMilli()).append('\n'));
        Path temporary = targetDirectory.resolve(TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, targetDirectory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(targetDirectory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Forces the directory's entries to disk where the OS lets a directory be opened (not Windows). */
    private static void forceDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException notOnThisOs) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static void deleteTemporaryFiles(Path targetDirectory) {
        try (Stream<Path> entries = Files.list(targetDirectory)) {
            for (Path temporary : entries.filter(entry -> entry.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .toList()) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary files of {} in {}: {}", FILE_NAME, targetDirectory, e.toString());
        }
    }
}
