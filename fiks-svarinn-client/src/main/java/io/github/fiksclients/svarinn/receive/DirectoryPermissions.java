package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The POSIX permissions of the directories a receive creates (the target directory if missing, each forsendelse's
 * directory and the directories in it), and of its files: the same without the execute bits.
 *
 * <p>The permissions are set explicitly after creating, so the process's umask neither widens nor narrows them. On
 * a file system without POSIX permissions (Windows) they are ignored: files and directories inherit the ACL of the
 * directory they are created in.
 */
final class DirectoryPermissions {

    /** Owner only: {@code rwx------} for directories, {@code rw-------} for files. */
    static final Set<PosixFilePermission> OWNER_ONLY = Set.copyOf(EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private final Set<PosixFilePermission> directories;
    private final Set<PosixFilePermission> files;

    DirectoryPermissions(Set<PosixFilePermission> directories) {
        this.directories = Set.copyOf(Objects.requireNonNull(directories, "directories"));
        Set<PosixFilePermission> withoutExecute = EnumSet.noneOf(PosixFilePermission.class);
        withoutExecute.addAll(directories);
        withoutExecute.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE));
        this.files = Set.copyOf(withoutExecute);
    }

    Set<PosixFilePermission> directories() {
        return directories;
    }

    /**
     * Gives a directory this receive created its permissions, where the file system has POSIX permissions.
     *
     * @param directory the directory
     * @throws IOException if setting them fails
     */
    void applyToDirectory(Path directory) throws IOException {
        apply(directory, directories);
    }

    /**
     * Gives a file this receive created its permissions, where the file system has POSIX permissions.
     *
     * @param file the file
     * @throws IOException if setting them fails
     */
    void applyToFile(Path file) throws IOException {
        apply(file, files);
    }

    /**
     * Creates a directory and any missing parents with these permissions, and forces each new name to disk.
     *
     * @param directory the directory to create if missing
     * @return the directory, as given
     * @throws IOException if creating, setting permissions or forcing fails
     */
    Path createDirectories(Path directory) throws IOException {
        for (Path created : DurableFiles.createDirectories(directory)) {
            applyToDirectory(created);
        }
        return directory;
    }

    private static void apply(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
