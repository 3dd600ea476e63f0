package io.github.fiksclients.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java snippet of the documentation, made a compilation unit: statements become the body of a method, members the
 * body of a class, and a whole unit stays as it is; each gets the common imports and those its comment declares.
 * The convention is described in docs/maintainers.md, "Code snippets in the documentation".
 */
final class Snippet {

    /** What every snippet may use without importing it. */
    static final List<String> COMMON_IMPORTS = List.of(
            "java.io.*",
            "java.net.URI",
            "java.nio.charset.StandardCharsets",
            "java.nio.file.*",
            "java.time.*",
            "java.util.*",
            "java.util.concurrent.CompletableFuture",
            "java.util.stream.*",
            "okhttp3.*",
            "org.junit.jupiter.api.*",
            "org.junit.jupiter.api.extension.ExtendWith",
            "org.junit.jupiter.api.io.TempDir",
            "static org.assertj.core.api.Assertions.assertThat",
            "io.github.fiksclients.errors.*",
            "io.github.fiksclients.auth.*",
            "io.github.fiksclients.core.*",
            "io.github.fiksclients.svarinn.*",
            "io.github.fiksclients.svarinn.receive.*",
            "io.github.fiksclients.innsyn.*",
            "io.github.fiksclients.testkit.*",
            "io.github.fiksclients.docs.context.*");

    private static final Set<String> KEYS = Set.of("context", "imports", "returns", "members", "unit", "run");
    private static final Pattern TYPE_NAME =
            Pattern.compile("(?m)^\\s*(?:(?:public|final|abstract)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
    private static final String PACKAGE = "snippets";

    enum Kind { STATEMENTS, MEMBERS, UNIT }

    private final String file;
    private final int fenceLine;
    private final String code;
    private final Kind kind;
    private final boolean run;
    private final String context;
    private final String returns;
    private final List<String> imports = new ArrayList<>(COMMON_IMPORTS);

    private Snippet(String file, Markdown.Block block) {
        this.file = file;
        this.fenceLine = block.line();
        this.code = block.text();
        String context = "";
        String returns = "void";
        Kind kind = Kind.STATEMENTS;
        boolean run = false;
        String comment = block.comment();
        if (comment != null && comment.startsWith("snippet")) {
            String options = comment.substring("snippet".length()).strip();
            if (options.startsWith(":")) {
                options = options.substring(1);
            }
            for (String option : options.split(";")) {
                String trimmed = option.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                String key = (eq < 0 ? trimmed : trimmed.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : trimmed.substring(eq + 1).strip();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(where() + ": unknown snippet option '" + key + "'; known: "
                            + KEYS + " (docs/maintainers.md, \"Code snippets in the documentation\")");
                }
                switch (key) {
                    case "context" -> context = value;
                    case "imports" -> imports.addAll(List.of(value.split("\\s+")));
                    case "returns" -> returns = value;
                    case "members" -> kind = Kind.MEMBERS;
                    case "unit" -> kind = Kind.UNIT;
                    default -> run = true;
                }
            }
        }
        if (run && kind != Kind.UNIT) {
            throw new IllegalArgumentException(where() + ": 'run' needs 'unit' (a whole test class)");
        }
        this.context = context;
        this.returns = returns;
        this.kind = kind;
        this.run = run;
    }

    static Snippet of(String file, Markdown.Block block) {
        return new Snippet(file, block);
    }

    /** Where the block starts, as {@code file:line} of its opening fence. */
    String where() {
        return file + ":" + fenceLine;
    }

    boolean run() {
        return run;
    }

    /** The name of the class this snippet compiles to (for a unit: its first top-level type). */
    String className() {
        if (kind == Kind.UNIT) {
            Matcher type = TYPE_NAME.matcher(code);
            if (!type.find()) {
                throw new IllegalArgumentException(where() + ": a 'unit' snippet declares no class");
            }
            return type.group(1);
        }
        return "Snippet_" + file.replaceAll("[^A-Za-z0-9]", "_") + "_" + fenceLine;
    }

    String qualifiedClassName() {
        return PACKAGE + "." + className();
    }

    /** The compilation unit. */
    String source() {
        StringBuilder source = new StringBuilder("package " + PACKAGE + ";");
        for (String name : imports) {
            source.append(" import ").append(name).append(';');
        }
        source.append('\n');
        switch (kind) {
            case UNIT -> source.append(code);
            case MEMBERS -> source.append("class ").append(className()).append(" {\n").append(code).append("}\n");
            default -> source.append("class ").append(className()).append(" { @SuppressWarnings(\"unused\") ")
                    .append(returns).append(" snippet(").append(context).append(") throws Exception {\n")
                    .append(code).append("}}\n");
        }
        return source.toString();
    }

    /** The Markdown line of a line of {@link #source()} (1-based both); the header lines map to the fence. */
    int markdownLine(long sourceLine) {
        long codeLine = sourceLine - (kind == Kind.UNIT ? 2 : 3);
        return codeLine < 0 ? fenceLine : fenceLine + 1 + (int) codeLine;
    }
}
