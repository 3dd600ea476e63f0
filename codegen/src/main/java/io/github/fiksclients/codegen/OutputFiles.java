package io.github.fiksclients.codegen;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/** File helpers for the generator's output folders. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Deletes a file or a folder with everything in it; nothing if it does not exist. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Hashes a jar file, or every file under a folder (by relative path, in sorted order).
     *
     * @param location a file or folder
     * @return lower-case hex SHA-256
     */
    static String sha256Of(Path location) throws IOException {
        MessageDigest digest = Hashing.sha256();
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(Hashing.utf8(location.relativize(file).toString().replace('\\', '/')));
                digest.update(Files.readAllBytes(file));
            }
        } else {
            digest.update(Files.readAllBytes(location));
        }
        return Hashing.hex(digest.digest());
    }
}
