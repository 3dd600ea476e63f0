package io.github.fiksclients.svarinn.receive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Forces files and directories to the storage device, so that what a receive reports as stored survives a crash
 * or a power loss, and a forsendelse is never acknowledged while its files sit only in the OS's cache.
 *
 * <p>A file's content is forced with {@link FileChannel#force}. A directory is forced too, so that the names created
 * or renamed in it are on disk (on Linux and macOS a new file can be lost after a crash even if its content was
 * forced, unless its directory was). Java can force a directory only by opening it as a file: POSIX systems allow
 * that; Windows does not ({@code AccessDeniedException}), and there the directory is left to NTFS, which journals its
 * directory changes.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Forces a directory's entries to disk, where the OS lets a directory be opened.
     *
     * @param directory an existing directory
     * @throws IOException if forcing fails
     */
    static void forceDirectory(Path directory) throws IOException {
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

    /**
     * Forces a directory and every directory below it, deepest first.
     *
     * @param root an existing directory
     * @throws IOException if listing or forcing fails
     */
    static void forceDirectoryTree(Path root) throws IOException {
        List<Path> directories;
        try (Stream<Path> tree = Files.walk(root)) {
            directories = new ArrayList<>(tree.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList());
        }
        Collections.reverse(directories);
        for (Path directory : directories) {
            forceDirectory(directory);
        }
    }

    /**
     * Creates a directory and any missing parents, and forces each new name to disk in its parent.
     *
     * @param directory the directory to create if missing
     * @return the directories created, outermost first; empty if it existed
     * @throws IOException if creating or forcing fails
     */
    static List<Path> createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path path = absolute; path != null && !Files.isDirectory(path); path = path.getParent()) {
            missing.add(path);
        }
        Files.createDirectories(absolute);
        Collections.reverse(missing);
        for (Path created : missing) {
            forceDirectory(created.getParent());
        }
        return missing;
    }
}
