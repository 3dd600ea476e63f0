package io.github.fiksclients.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.codegen.Manifest;
import io.github.fiksclients.codegen.ServiceEntry;
import io.github.fiksclients.codegen.SpecEntry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code specs/specs.json} is the one place a service is described: the reactor, the service poms, the README
 * tables and the Java code must agree with it. Each failure says which line to add or fix. It lives downstream of
 * every module (not in codegen) so that building the generator never depends on the documentation.
 */
class ProjectConsistencyTest {

    private static final Path ROOT = Markdown.ROOT;
    private static final int MAX_POM_LINES = 30;
    private static final Pattern CLIENT_MODULE = Pattern.compile("fiks-[a-z0-9-]+-client");
    private static final Pattern IDEMPOTENT_CALL = Pattern.compile("\\.\\s*idempotentOperation\\s*\\(");

    private static Manifest manifest;

    @BeforeAll
    static void readManifest() throws Exception {
        manifest = Manifest.read(ROOT.resolve("specs/specs.json"));
    }

    @Test
    void everyServiceIsAReactorModuleAndEveryClientModuleIsAService() throws Exception {
        Model root;
        try (Reader in = Files.newBufferedReader(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8)) {
            root = new MavenXpp3Reader().read(in);
        }
        List<String> problems = new ArrayList<>();
        for (ServiceEntry service : manifest.services()) {
            if (!root.getModules().contains(service.module())) {
                problems.add("pom.xml: add <module>" + service.module() + "</module> (specs.json lists service '"
                        + service.service() + "')");
            }
            if (!Files.isRegularFile(ROOT.resolve(service.module()).resolve("pom.xml"))) {
                problems.add(service.module() + "/pom.xml is missing (specs.json lists service '" + service.service()
                        + "'): create it as README.md, \"Adding a Fiks service\", shows");
            }
        }
        Set<String> clientModules = new TreeSet<>(root.getModules().stream()
                .filter(m -> CLIENT_MODULE.matcher(m).matches()).toList());
        try (Stream<Path> dirs = Files.list(ROOT)) {
            dirs.filter(d -> CLIENT_MODULE.matcher(d.getFileName().toString()).matches())
                    .filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .forEach(d -> clientModules.add(d.getFileName().toString()));
        }
        for (String module : clientModules) {
            if (manifest.serviceOfModule(module).isEmpty()) {
                problems.add("specs/specs.json: add a service entry with \"module\": \"" + module + "\", or remove "
                        + module + " from the reactor");
            }
            if (!root.getModules().contains(module)) {
                problems.add("pom.xml: add <module>" + module + "</module>");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyServicePomIsShortAndGeneratesThroughTheManifest() throws IOException {
        List<String> problems = new ArrayList<>();
        for (ServiceEntry service : manifest.services()) {
            Path pom = ROOT.resolve(service.module()).resolve("pom.xml");
            if (!Files.isRegularFile(pom)) {
                continue;
            }
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            long lines = text.lines().filter(line -> !line.isBlank()).count();
            if (lines > MAX_POM_LINES) {
                problems.add(pom + " has " + lines + " non-blank lines; at most " + MAX_POM_LINES + ": move what every"
                        + " service needs to fiks-service-parent/pom.xml");
            }
            if (text.contains("<inputSpec>") || text.contains("<execution>")) {
                problems.add(pom + ": remove its <execution>/<inputSpec> blocks; specs.json names the specs");
            }
            if (!text.contains("<artifactId>fiks-service-parent</artifactId>")) {
                problems.add(pom + ": its parent must be fiks-service-parent (which generates from specs.json)");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theReadmeModuleTableListsEveryModuleAndExactlyTheServicesOfTheManifest() throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z0-9-]+)/?` \\| ([^|]*) \\|");
        for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), m.group(2));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> clientRows = new TreeSet<>(rows.keySet().stream()
                .filter(m -> CLIENT_MODULE.matcher(m).matches()).toList());
        for (ServiceEntry service : manifest.services()) {
            String artifact = rows.get(service.module());
            clientRows.remove(service.module());
            if (artifact == null) {
                problems.add("README.md, \"Modules\": add the row | `" + service.module() + "` | "
                        + (service.published() ? "`" + service.module() + "`" : "(test only, not published)") + " | "
                        + service.description() + " |");
            } else if (!service.published() && !artifact.contains("not published")) {
                problems.add("README.md, \"Modules\": the row of " + service.module() + " must say \"not published\""
                        + " (\"published\": false in specs.json)");
            } else if (service.published() && !artifact.equals("`" + service.module() + "`")) {
                problems.add("README.md, \"Modules\": the artifact of " + service.module() + " is `" + service.module()
                        + "`");
            }
        }
        clientRows.forEach(module -> problems.add("README.md, \"Modules\": remove the row of " + module
                + ", or add its service to specs/specs.json"));
        Model root;
        try (Reader in = Files.newBufferedReader(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8)) {
            root = new MavenXpp3Reader().read(in);
        }
        for (String module : root.getModules()) {
            if (!rows.containsKey(module)) {
                problems.add("README.md, \"Modules\": add a row for the reactor module " + module);
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theSpecsReadmeTableStatesThePublishedSpecsAsTheManifestDoes() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("specs/README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `") && line.endsWith("|")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.put(unquote(cells[0]), cells);
            }
        }
        List<String> problems = new ArrayList<>();
        for (ServiceEntry service : manifest.services()) {
            for (SpecEntry spec : service.specs()) {
                if (!service.published() || spec.upstream() == null) {
                    if (rows.remove(spec.file()) != null) {
                        problems.add("specs/README.md: remove the row of " + spec.file() + " (not a published spec)");
                    }
                    continue;
                }
                String expected = provenanceRow(spec);
                String[] cells = rows.remove(spec.file());
                if (cells == null) {
                    problems.add("specs/README.md: add the row " + expected);
                } else if (!sameFacts(cells, spec)) {
                    problems.add("specs/README.md: the row of " + spec.file() + " must read " + expected);
                }
            }
        }
        rows.keySet().forEach(file -> problems.add("specs/README.md: remove the row of " + file
                + ", or add it to specs/specs.json"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void noJavaCodeDeclaresAnOperationIdempotent() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/"))
                    .filter(p -> !p.toString().replace('\\', '/').contains("/target/"))
                    .sorted().toList();
        }
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (IDEMPOTENT_CALL.matcher(lines.get(i)).find()) {
                    problems.add(ROOT.relativize(source) + ":" + (i + 1) + ": remove the idempotentOperation call and"
                            + " list the operationId under \"idempotentOperations\" in specs/specs.json");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The row specs/README.md should have for a spec. */
    static String provenanceRow(SpecEntry spec) {
        return "| `" + spec.file() + "` | `" + spec.upstream() + "` | " + spec.url() + " | " + spec.version() + " (`"
                + spec.upstreamRevision() + "`) | " + formatName(spec.format()) + " | `" + spec.javaPackage() + "` |";
    }

    private static boolean sameFacts(String[] cells, SpecEntry spec) {
        return cells.length == 6
                && unquote(cells[1]).equals(spec.upstream())
                && cells[2].equals(spec.url())
                && cells[3].equals(spec.version() + " (`" + spec.upstreamRevision() + "`)")
                && cells[4].startsWith(formatName(spec.format()))
                && unquote(cells[5]).equals(spec.javaPackage());
    }

    private static String formatName(String format) {
        return format.equals("swagger-2.0") ? "Swagger 2.0" : "OpenAPI 3.0";
    }

    private static String unquote(String cell) {
        return cell.startsWith("`") && cell.endsWith("`") && cell.length() >= 2 ? cell.substring(1, cell.length() - 1) : cell;
    }
}
