package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hidden directory inside the target directory where a forsendelse's files are written until they are
 * verified; then it is renamed to {@code <target>/<forsendelseId>} in one step, and otherwise deleted.
 *
 * <p>Use it in try-with-resources: closing it before {@link #publish()} deletes it with everything in it. Only a
 * crash leaves one behind, as {@code .<forsendelseId>.partial-<number>}, or an earlier copy being replaced as
 * {@code .<forsendelseId>.replaced-<uuid>}: {@link #deleteLeftovers} deletes both.
 */
final class StagingDirectory implements AutoCloseable {

    /** Names of staging directories and replaced copies: {@code .<forsendelseId>.partial-*}, {@code .replaced-*}. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(partial|replaced)-"
            + "[A-Za-z0-9-]+");
    private static final Logger LOG = LoggerFactory.getLogger(StagingDirectory.class);

    private final String forsendelseId;
    private final Path targetDirectory;
    private final Path path;
    private final DirectoryPermissions permissions;
    private boolean published;

    private StagingDirectory(String forsendelseId, Path targetDirectory, Path path, DirectoryPermissions permissions) {
        this.forsendelseId = forsendelseId;
        this.targetDirectory = targetDirectory;
        this.path = path;
        this.permissions = permissions;
    }

    /**
     * Creates the target directory if needed, and a fresh staging directory in it, both with the given permissions
     * (where the file system has POSIX permissions).
     *
     * @param forsendelseId the forsendelse, already checked to be a directory name
     * @param targetDirectory where received forsendelser go
     * @param permissions of the directories and files created
     * @return the new, empty staging directory
     * @throws ForsendelseStorageException if the directories cannot be created
     */
    static StagingDirectory create(String forsendelseId, Path targetDirectory, DirectoryPermissions permissions) {
        try {
            Path target = permissions.createDirectories(targetDirectory).toAbsolutePath();
            Path staging = Files.createTempDirectory(target, "." + forsendelseId + ".partial-");
            permissions.applyToDirectory(staging);
            return new StagingDirectory(forsendelseId, target, staging, permissions);
        } catch (IOException e) {
            throw new ForsendelseStorageException(forsendelseId,
                    "cannot create a staging directory in " + targetDirectory, e);
        }
    }

    /**
     * Deletes the staging directories and replaced copies that crashed receives left in a target directory. Call it
     * only while no other receive is writing to that directory.
     *
     * @param targetDirectory where received forsendelser go
     * @return how many leftovers were deleted
     * @throws IOException if the directory cannot be listed; a leftover that cannot be deleted is logged and kept
     */
    static int deleteLeftovers(Path targetDirectory) throws IOException {
        if (!Files.isDirectory(targetDirectory)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(targetDirectory)) {
            leftovers = entries.filter(entry -> LEFTOVER.matcher(entry.getFileName().toString()).matches()
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        int deleted = 0;
        for (Path leftover : leftovers) {
            try {
                deleteRecursively(leftover);
                deleted++;
            } catch (IOException e) {
                LOG.warn("Cannot delete {}, left by an interrupted receive: {}", leftover, e.toString());
            }
        }
        return deleted;
    }

    /**
     * Creates a new file in the staging directory, and the directories it lies in, all with their permissions.
     *
     * @param file where the file goes, inside {@link #path()}
     * @return the open file, empty, for writing
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     * @throws IOException if it cannot be created
     */
    FileChannel newFile(Path file) throws IOException {
        for (Path created : createDirectoriesBelow(file.getParent())) {
            permissions.applyToDirectory(created);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            permissions.applyToFile(file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Creates the missing directories between the staging directory and {@code directory}, outermost first. */
    private List<Path> createDirectoriesBelow(Path directory) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path each = directory; !each.equals(path) && !Files.isDirectory(each); each = each.getParent()) {
            missing.add(0, each);
        }
        Files.createDirectories(directory);
        return missing;
    }

    /**
     * Returns the staging directory itself.
     *
     * @return an absolute path
     */
    Path path() {
        return path;
    }

    /**
     * Returns where {@link #publish()} puts the files: {@code <target>/<forsendelseId>}.
     *
     * @return an absolute path
     */
    Path destination() {
        return targetDirectory.resolve(forsendelseId);
    }

    /**
     * Forces the staging directory and every directory in it to disk; call it once every file in it has been
     * forced, before {@link #publish()}.
     *
     * @throws ForsendelseStorageException if forcing fails
     */
    void forceToDisk() {
        try {
            DurableFiles.forceDirectoryTree(path);
        } catch (IOException e) {
            throw new ForsendelseStorageException(forsendelseId, "cannot force the received files to disk", e);
        }
    }

    /**
     * Renames the staging directory to {@code <target>/<forsendelseId>}, replacing an earlier copy there.
     *
     * <p>The earlier copy is first renamed aside, then the staging directory takes its place, then the
     * earlier copy is deleted: readers see the old directory, briefly none, then the new one, but never a
     * partial one. If the earlier copy cannot be deleted, it stays as a hidden {@code .<id>.replaced-*}
     * directory.
     *
     * <p>The target directory is then forced to disk, so the new name survives a crash.
     *
     * @return the forsendelse's directory
     * @throws ForsendelseStorageException if a rename fails (an earlier copy is then put back), or forcing the target
     *     directory fails
     */
    Path publish() {
        Path destination = destination();
        Path earlierCopy = null;
        try {
            if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                earlierCopy = targetDirectory.resolve("." + forsendelseId + ".replaced-" + UUID.randomUUID());
                Files.move(destination, earlierCopy, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(path, destination, StandardCopyOption.ATOMIC_MOVE);
            published = true;
            DurableFiles.forceDirectory(targetDirectory);
        } catch (IOException e) {
            if (published) {
                throw new ForsendelseStorageException(forsendelseId,
                        "cannot force the new name of " + destination + " to disk", e);
            }
            restore(earlierCopy, destination, e);
            throw new ForsendelseStorageException(forsendelseId,
                    "cannot move the verified files to " + destination, e);
        }
        if (earlierCopy != null) {
            try {
                deleteRecursively(earlierCopy);
            } catch (IOException e) {
                // The new copy is in place; a hidden leftover of the old one harms no reader.
            }
        }
        return destination;
    }

    /**
     * Deletes the staging directory and everything in it, unless it has been published.
     *
     * @throws ForsendelseStorageException if something in it cannot be deleted
     */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try {
            deleteRecursively(path);
        } catch (IOException e) {
            throw new ForsendelseStorageException(forsendelseId, "cannot delete the staging directory " + path, e);
        }
    }

    private static void restore(Path earlierCopy, Path destination, IOException failure) {
        if (earlierCopy == null || !Files.exists(earlierCopy, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.move(earlierCopy, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
