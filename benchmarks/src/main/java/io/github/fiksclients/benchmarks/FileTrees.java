package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes directories with everything in them, as the benchmarks clean up between runs. */
final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes a file or a directory and everything below it; does nothing if it does not exist.
     *
     * @param root what to delete
     * @throws UncheckedIOException if something cannot be deleted
     */
    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
