package io.github.fiksclients.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Markdown file of the repository, read as GitHub renders the parts the documentation tests need: its fenced
 * code blocks (with the HTML comment before each), its headings' anchors, and its links outside code.
 */
final class Markdown {

    /** The repository root, seen from this module's directory (where Surefire runs the tests). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+|~~~+)\\s*([A-Za-z0-9_+-]*).*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

    /** A fenced code block: its language, the 1-based line of its opening fence, its text, the comment before it. */
    record Block(String language, int line, String text, String comment) {
    }

    /** A link outside code: its target as written and its 1-based line. */
    record Link(String target, int line) {
    }

    private final Path file;
    private final List<String> lines;

    private Markdown(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    static Markdown read(Path file) {
        try {
            return new Markdown(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** README.md, every page of docs/, and the READMEs of codegen/ and specs/: the documentation of the suite. */
    static List<Path> documentation() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(ROOT.resolve("codegen/README.md"));
        files.add(ROOT.resolve("specs/README.md"));
        return files;
    }

    Path file() {
        return file;
    }

    /** The file's path from the repository root, with forward slashes, as failures name it. */
    String name() {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(2);
            String indent = open.group(1);
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().startsWith(fence)) {
                String line = lines.get(j);
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading())
                        .append('\n');
                j++;
            }
            blocks.add(new Block(open.group(3).toLowerCase(Locale.ROOT), i + 1, text.toString(), commentBefore(i)));
            i = j;
        }
        return blocks;
    }

    private String commentBefore(int fenceIndex) {
        if (fenceIndex == 0) {
            return null;
        }
        Matcher comment = COMMENT.matcher(lines.get(fenceIndex - 1));
        return comment.matches() ? comment.group(1) : null;
    }

    /** The anchors GitHub gives this file's headings (outside code blocks), duplicates numbered as GitHub does. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        forEachLineOutsideCode((line, number) -> {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                String anchor = slug;
                for (int n = 1; anchors.contains(anchor); n++) {
                    anchor = slug + "-" + n;
                }
                anchors.add(anchor);
            }
        });
        return anchors;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces made hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    List<Link> links() {
        List<Link> links = new ArrayList<>();
        forEachLineOutsideCode((line, number) -> {
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(link.group(1), number));
            }
        });
        return links;
    }

    private interface LineVisitor {
        void visit(String line, int number);
    }

    private void forEachLineOutsideCode(LineVisitor visitor) {
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher open = FENCE.matcher(line);
            if (fence == null && open.matches()) {
                fence = open.group(2);
            } else if (fence != null && line.strip().startsWith(fence)) {
                fence = null;
            } else if (fence == null) {
                visitor.visit(line, i + 1);
            }
        }
    }
}
