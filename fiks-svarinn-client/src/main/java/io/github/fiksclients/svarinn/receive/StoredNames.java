package io.github.fiksclients.svarinn.receive;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the relative path each file of a forsendelse is stored under, from the names its metadata gives
 * ({@code filnavn}): a name that is valid on Windows, macOS and Linux alike, and unique in its directory even on a
 * file system that compares names ignoring case or Unicode normalization. The result depends only on the list of
 * names, never on the OS, so a forsendelse lands under the same names everywhere. The rule is documented for users
 * on {@link ForsendelseExtractor} ("Stored names").
 *
 * <p>Names that could leave the forsendelse's directory are refused, not mapped: see {@link EntryNames}.
 */
final class StoredNames {

    /** Longest part, in UTF-8 bytes; below the 255 of common file systems, to leave room for a suffix. */
    private static final int MAX_PART_BYTES = 240;
    private static final int MAX_EXTENSION_LENGTH = 16;
    private static final String ILLEGAL_ON_WINDOWS = "<>:\"|?*";
    private static final Set<String> RESERVED_ON_WINDOWS = reservedNames();

    private StoredNames() {
    }

    /**
     * Maps every {@code filnavn} of a forsendelse to the relative path it is stored under.
     *
     * @param forsendelseId for messages
     * @param filnavn the names of the metadata, in its order, each once
     * @return for each name, its relative path with {@code /} between directories
     * @throws UnsafeEntryNameException if a name could leave the directory (see {@link EntryNames#requireSafe})
     *     or names a directory
     */
    static Map<String, String> of(String forsendelseId, List<String> filnavn) {
        Directory root = new Directory("");
        List<File> files = new ArrayList<>(filnavn.size());
        for (String name : filnavn) {
            EntryNames.requireSafe(forsendelseId, name);
            if (name.endsWith("/")) {
                throw new UnsafeEntryNameException(forsendelseId, name,
                        "file " + EntryNames.printable(name) + " is rejected: it names a directory");
            }
            String[] parts = name.split("/", -1);
            Directory directory = root;
            for (int i = 0; i < parts.length - 1; i++) {
                directory = directory.subdirectory(safe(parts[i]));
            }
            String last = parts[parts.length - 1];
            files.add(new File(name, directory, safe(last), safe(last).equals(last)));
        }
        for (File file : files) {
            if (file.unchanged) {
                file.directory.placeIfFree(file);
            }
        }
        for (File file : files) {
            if (!file.unchanged) {
                file.directory.placeIfFree(file);
            }
        }
        for (File file : files) {
            if (file.stored == null) {
                file.directory.placeWithSuffix(file);
            }
        }
        Map<String, String> stored = new LinkedHashMap<>();
        files.forEach(file -> stored.put(file.filnavn, file.directory.path + file.stored));
        return stored;
    }

    /**
     * Maps one part of a name (a directory or a file name, without {@code /}) to a name that is valid on every
     * common file system.
     *
     * @param part the part, not empty, {@code .} or {@code ..}
     * @return the safe name
     */
    static String safe(String part) {
        String normalized = Normalizer.normalize(part, Normalizer.Form.NFC);
        StringBuilder name = new StringBuilder(normalized.length() + 1);
        normalized.codePoints().forEach(c -> name.appendCodePoint(
                Character.isISOControl(c) || ILLEGAL_ON_WINDOWS.indexOf(c) >= 0 ? '_' : c));
        replaceTrailingDotsAndSpaces(name);
        if (isReserved(name.toString())) {
            name.insert(0, '_');
        }
        return shortened(name.toString());
    }

    /** The form two names are compared in: NFC (the names are already), case folded code point by code point. */
    static String key(String safeName) {
        StringBuilder key = new StringBuilder(safeName.length());
        safeName.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }

    private static void replaceTrailingDotsAndSpaces(StringBuilder name) {
        for (int i = name.length() - 1; i >= 0 && (name.charAt(i) == '.' || name.charAt(i) == ' '); i--) {
            name.setCharAt(i, '_');
        }
    }

    /** Whether Windows takes the name for a device: the part before the first dot, without trailing spaces. */
    private static boolean isReserved(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == ' ') {
            end--;
        }
        return RESERVED_ON_WINDOWS.contains(base.substring(0, end).toUpperCase(Locale.ROOT));
    }

    private static String shortened(String name) {
        if (utf8Length(name) <= MAX_PART_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
        StringBuilder base = new StringBuilder(name.substring(0, name.length() - extension.length()));
        while (utf8Length(base) + utf8Length(extension) > MAX_PART_BYTES) {
            base.setLength(base.offsetByCodePoints(base.length(), -1));
        }
        replaceTrailingDotsAndSpaces(base);
        return base + extension;
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String withSuffix(String name, int number) {
        int dot = name.lastIndexOf('.');
        String suffix = " (" + number + ")";
        return dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    }

    private static Set<String> reservedNames() {
        List<String> names = new ArrayList<>(List.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"));
        for (String device : List.of("COM", "LPT")) {
            for (char digit = '0'; digit <= '9'; digit++) {
                names.add(device + digit);
            }
            for (char superscript : new char[] {'\u00b9', '\u00b2', '\u00b3'}) {
                names.add(device + superscript);
            }
        }
        return Set.copyOf(names);
    }

    /** One file of the metadata and where it goes. */
    private static final class File {
        private final String filnavn;
        private final Directory directory;
        private final String wanted;
        private final boolean unchanged;
        private String stored;

        private File(String filnavn, Directory directory, String wanted, boolean unchanged) {
            this.filnavn = filnavn;
            this.directory = directory;
            this.wanted = wanted;
            this.unchanged = unchanged;
        }
    }

    /** A directory of stored names: its own path, and the names taken in it by key. */
    private static final class Directory {
        private final String path;
        private final Map<String, Directory> subdirectories = new HashMap<>();
        private final Map<String, String> taken = new HashMap<>();

        private Directory(String path) {
            this.path = path;
        }

        /** The subdirectory of this name, or of a name equal to it but for case and normalization. */
        private Directory subdirectory(String name) {
            return subdirectories.computeIfAbsent(key(name), key -> {
                taken.put(key, name);
                return new Directory(path + name + "/");
            });
        }

        private void placeIfFree(File file) {
            String key = key(file.wanted);
            if (!taken.containsKey(key)) {
                taken.put(key, file.wanted);
                file.stored = file.wanted;
            }
        }

        private void placeWithSuffix(File file) {
            for (int number = 2; ; number++) {
                String name = withSuffix(file.wanted, number);
                if (!taken.containsKey(key(name))) {
                    taken.put(key(name), name);
                    file.stored = name;
                    return;
                }
            }
        }
    }
}
