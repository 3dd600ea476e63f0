package io.github.fiksclients.svarinn.receive;

import java.util.regex.Pattern;

/**
 * Checks archive entry names and forsendelse ids before they become paths on disk; {@link StoredNames} chooses the
 * names files are stored under.
 */
final class EntryNames {

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int PRINTABLE_LENGTH = 200;

    private EntryNames() {
    }

    /**
     * Rejects a name that could leave the forsendelse's directory, on any OS.
     *
     * @param forsendelseId for the message
     * @param entryName the name as the archive or the metadata gives it; a trailing {@code /} marks a directory
     * @throws UnsafeEntryNameException if the name is empty, absolute, has a drive letter, a backslash, or an empty,
     *     {@code .} or {@code ..} segment
     */
    static void requireSafe(String forsendelseId, String entryName) {
        String problem = problemWith(entryName);
        if (problem != null) {
            throw new UnsafeEntryNameException(forsendelseId, entryName,
                    "entry " + printable(entryName) + " is rejected: " + problem);
        }
    }

    /**
     * Checks that a forsendelse id can name a directory of its own.
     *
     * @param forsendelseId the id to check
     * @throws IllegalArgumentException if it is blank, hidden (leading dot), or holds a separator, a colon or
     *     a control character
     */
    static void requireDirectoryName(String forsendelseId) {
        if (forsendelseId == null || forsendelseId.isBlank() || forsendelseId.startsWith(".")
                || forsendelseId.chars().anyMatch(EntryNames::isUnfitForADirectoryName)) {
            throw new IllegalArgumentException("forsendelseId "
                    + (forsendelseId == null ? "null" : printable(forsendelseId)) + " cannot name a directory");
        }
    }

    /**
     * Returns a name fit for a message: control characters escaped, at most 200 characters, in quotes.
     *
     * @param name any text
     * @return the quoted, escaped text
     */
    static String printable(String name) {
        StringBuilder out = new StringBuilder("'");
        name.codePoints().limit(PRINTABLE_LENGTH).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (name.codePointCount(0, name.length()) > PRINTABLE_LENGTH) {
            out.append("...");
        }
        return out.append('\'').toString();
    }

    private static boolean isUnfitForADirectoryName(int c) {
        return c == '/' || c == '\\' || c == ':' || Character.isISOControl(c);
    }

    private static String problemWith(String entryName) {
        String name = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (name.indexOf('\\') >= 0) {
            return "it contains a backslash";
        }
        if (name.startsWith("/")) {
            return "it is an absolute path";
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            return "it starts with a drive letter";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "it has an empty, '.' or '..' path segment";
            }
        }
        return null;
    }
}
