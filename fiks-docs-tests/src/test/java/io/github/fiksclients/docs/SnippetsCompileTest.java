package io.github.fiksclients.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Every Java snippet of the documentation compiles against the suite as it is now, read from the Markdown itself:
 * there are no copies to keep in step. One test per snippet, named by its file and line; a failure names the
 * Markdown line of each error. Snippets marked {@code run} (whole test classes) are also run.
 */
class SnippetsCompileTest {

    private static final Map<Snippet, List<String>> ERRORS = new LinkedHashMap<>();
    private static Path classes;

    @BeforeAll
    static void compileAll() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("Java snippets found in the documentation").hasSizeGreaterThan(10);
        classes = Files.createTempDirectory(Path.of("target"), "snippets");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a Java compiler in this JVM (run the tests with a JDK)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, Snippet> sources = new LinkedHashMap<>();
        for (Snippet snippet : snippets) {
            sources.put(new Source(snippet), snippet);
            ERRORS.put(snippet, new ArrayList<>());
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none",
                    "-Xlint:-options", "-Xmaxerrs", "1000", "--release", "17");
            compiler.getTask(null, files, diagnostics, options, null, sources.keySet()).call();
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Snippet snippet = sources.get(d.getSource());
            String message = d.getMessage(Locale.ROOT);
            if (snippet == null) {
                throw new AssertionError("javac: " + message);
            }
            ERRORS.get(snippet).add(snippet.where().replaceAll(":\\d+$", "") + ":"
                    + snippet.markdownLine(d.getLineNumber()) + ": " + message);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles() {
        return ERRORS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().where(), () -> {
            assertThat(e.getValue()).as("%s does not compile:%n%s", e.getKey().where(), String.join("\n", e.getValue()))
                    .isEmpty();
            if (e.getKey().run()) {
                run(e.getKey());
            }
        }));
    }

    private static void run(Snippet snippet) throws Exception {
        boolean othersFailed = ERRORS.values().stream().anyMatch(errors -> !errors.isEmpty());
        assertThat(othersFailed).as("%s is not run: javac wrote no classes, since other snippets do not compile",
                snippet.where()).isFalse();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SnippetsCompileTest.class.getClassLoader())) {
            Class<?> test = loader.loadClass(snippet.qualifiedClassName());
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(test)).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            List<String> failures = summary.getFailures().stream()
                    .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList();
            assertThat(failures).as("%s ran with failures:%n%s", snippet.where(), String.join("\n", failures)).isEmpty();
            assertThat(summary.getTestsSucceededCount()).as("%s: tests run", snippet.where()).isPositive();
        }
    }

    private static List<Snippet> snippets() {
        List<Snippet> snippets = new ArrayList<>();
        for (Path file : Markdown.documentation()) {
            Markdown markdown = Markdown.read(file);
            for (Markdown.Block block : markdown.blocks()) {
                if (block.language().equals("java")) {
                    snippets.add(Snippet.of(markdown.name(), block));
                }
            }
        }
        return snippets;
    }

    /**
     * The class path of this test JVM: every module of the suite and their dependencies. Surefire may start the JVM
     * with a manifest-only jar, whose Class-Path then holds the real entries.
     */
    private static String testClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(path) && path.getFileName().toString().startsWith("surefire")) {
                try (var jar = new java.util.jar.JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String url : classPath.split(" ")) {
                            if (!url.isBlank()) {
                                entries.add(Path.of(URI.create(url)).toString());
                            }
                        }
                        continue;
                    }
                }
            }
            entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A snippet's compilation unit, in memory. */
    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(Snippet snippet) {
            super(URI.create("string:///snippets/" + snippet.className() + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = snippet.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
