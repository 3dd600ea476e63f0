package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central requires of every published pom (name, description, url, licenses, scm, developers), the
 * LICENSE file the pom names, which modules are kept out of every repository, and a release profile that only
 * {@code -P release} activates. The modules inherit url, licenses, scm and developers from the root pom as they
 * are; the BOM, which has no parent, carries its own copy, also in the pom the {@code bom} goal publishes.
 */
class PublishedPomsTest {

    private static final Path ROOT = Path.of("..");

    /** Never deployed: tools and tests of this repository. */
    private static final Set<String> NEVER_PUBLISHED =
            Set.of("fiks-codegen-maven-plugin", "fiks-secret-scan", "fiks-benchmarks", "fiks-fixture-client",
                    "fiks-javadoc");

    private static Model root;
    private static Manifest manifest;

    @BeforeAll
    static void read() throws Exception {
        root = read(ROOT.resolve("pom.xml"));
        manifest = Manifest.read(ROOT.resolve("specs/specs.json"));
    }

    private static Model read(Path pom) throws IOException, XmlPullParserException {
        try (Reader in = Files.newBufferedReader(pom, StandardCharsets.UTF_8)) {
            return new MavenXpp3Reader().read(in);
        }
    }

    @Test
    void theLicenseFileIsTheLicenseThePomNames() throws IOException {
        List<String> license = Files.readAllLines(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);

        assertThat(license.get(0)).isEqualTo("MIT License");
        assertThat(String.join("\n", license)).contains("Permission is hereby granted, free of charge");
        assertThat(root.getLicenses()).singleElement().satisfies(l -> {
            assertThat(l.getName()).isEqualTo("MIT License");
            assertThat(l.getUrl()).isEqualTo("https://opensource.org/license/mit");
        });
    }

    @Test
    void theRootPomCarriesWhatEveryModuleInheritsWithoutAppendingItsPath() {
        assertThat(root.getUrl()).isEqualTo("https://github.com/fiks-clients/fiks-clients");
        assertThat(root.getChildProjectUrlInheritAppendPath()).isEqualTo("false");
        assertThat(root.getScm().getConnection()).startsWith("scm:git:https://github.com/fiks-clients/");
        assertThat(root.getScm().getDeveloperConnection()).startsWith("scm:git:");
        assertThat(root.getScm().getUrl()).isEqualTo(root.getUrl());
        assertThat(root.getScm().getChildScmConnectionInheritAppendPath()).isEqualTo("false");
        assertThat(root.getScm().getChildScmDeveloperConnectionInheritAppendPath()).isEqualTo("false");
        assertThat(root.getScm().getChildScmUrlInheritAppendPath()).isEqualTo("false");
        assertThat(root.getDevelopers()).isNotEmpty().allSatisfy(d -> assertThat(d.getName()).isNotBlank());
    }

    @Test
    void everyModuleNamesAndDescribesItselfAndInheritsTheRestFromTheRoot() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String module : root.getModules()) {
            Model model = read(ROOT.resolve(module).resolve("pom.xml"));
            String id = model.getArtifactId();
            if (isBlank(model.getName())) {
                problems.add(module + "/pom.xml: add <name>");
            }
            if (isBlank(model.getDescription())) {
                problems.add(module + "/pom.xml: add <description>");
            }
            if (model.getParent() == null) {
                sameMetadataAsRoot(module, model, problems);
            } else if (!inheritsFromRoot(module, model)) {
                problems.add(module + "/pom.xml: its parent chain must end at the root pom, which holds url, licenses,"
                        + " scm and developers");
            }
            for (String element : List.of("<url>", "<licenses>", "<scm>", "<developers>")) {
                if (model.getParent() != null && declares(model, element)) {
                    problems.add(module + "/pom.xml: declares " + element + "; inherit it from the root pom (" + id + ")");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void thePublishedBomKeepsTheMetadata() throws Exception {
        Model written = read(ROOT.resolve("fiks-bom/pom.xml"));

        Model published = BomPom.withServices(written, manifest.services());

        List<String> problems = new ArrayList<>();
        sameMetadataAsRoot("fiks-bom (published)", published, problems);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void toolsAndTestsOfThisRepositoryAreNeverDeployedAndEverythingTheBomManagesIs() throws Exception {
        Set<String> unpublished = new TreeSet<>();
        for (String module : root.getModules()) {
            Model model = read(ROOT.resolve(module).resolve("pom.xml"));
            if ("true".equals(model.getProperties().getProperty("maven.deploy.skip"))) {
                unpublished.add(model.getArtifactId());
            }
        }
        manifest.services().stream().filter(s -> !s.published()).forEach(s -> unpublished.add(s.module()));

        assertThat(unpublished).containsAll(NEVER_PUBLISHED);
        Model bom = BomPom.withServices(read(ROOT.resolve("fiks-bom/pom.xml")), manifest.services());
        List<String> managed = bom.getDependencyManagement().getDependencies().stream()
                .map(Dependency::getArtifactId).toList();
        assertThat(managed).doesNotContainAnyElementsOf(unpublished);
    }

    @Test
    void theReleaseProfileSignsAndPublishesAndOnlyMinusPReleaseActivatesIt() {
        Profile release = root.getProfiles().stream().filter(p -> p.getId().equals("release")).findFirst()
                .orElseThrow(() -> new AssertionError("pom.xml: add the release profile (docs/releasing.md)"));

        assertThat(release.getActivation()).as("activated by -P release only, never by mvn verify").isNull();
        List<String> plugins = release.getBuild().getPlugins().stream().map(Plugin::getKey).toList();
        assertThat(plugins).contains("org.apache.maven.plugins:maven-gpg-plugin",
                "org.sonatype.central:central-publishing-maven-plugin",
                "org.apache.maven.plugins:maven-source-plugin", "org.apache.maven.plugins:maven-javadoc-plugin");
        assertThat(root.getBuild().getPlugins()).map(Plugin::getKey)
                .as("sources and Javadoc jars only in a release; mvn verify checks the Javadoc in fiks-javadoc")
                .doesNotContain("org.apache.maven.plugins:maven-source-plugin",
                        "org.apache.maven.plugins:maven-javadoc-plugin");
        Map<String, Plugin> managed = root.getBuild().getPluginManagement().getPluginsAsMap();
        assertThat(release.getBuild().getPlugins()).allSatisfy(p -> assertThat(p.getVersion() != null
                ? p.getVersion() : managed.containsKey(p.getKey()) ? managed.get(p.getKey()).getVersion() : null)
                .as(p.getKey() + "'s version").isNotBlank());
        Plugin central = release.getBuild().getPluginsAsMap().get("org.sonatype.central:central-publishing-maven-plugin");
        assertThat(central.getConfiguration().toString())
                .as("modules that skip deploy stay out of the Central bundle too")
                .contains("<skipPublishing>${maven.deploy.skip}</skipPublishing>");
    }

    private static void sameMetadataAsRoot(String module, Model model, List<String> problems) {
        if (!root.getUrl().equals(model.getUrl())) {
            problems.add(module + ": <url> must be " + root.getUrl());
        }
        if (!licenses(root).equals(licenses(model))) {
            problems.add(module + ": <licenses> must be the root pom's " + licenses(root));
        }
        if (model.getScm() == null || !root.getScm().getConnection().equals(model.getScm().getConnection())
                || !root.getScm().getDeveloperConnection().equals(model.getScm().getDeveloperConnection())
                || !root.getScm().getUrl().equals(model.getScm().getUrl())) {
            problems.add(module + ": <scm> must be the root pom's");
        }
        if (!developers(root).equals(developers(model))) {
            problems.add(module + ": <developers> must be the root pom's " + developers(root));
        }
    }

    private static boolean inheritsFromRoot(String module, Model model) throws Exception {
        Path dir = ROOT.resolve(module);
        Model current = model;
        for (int depth = 0; depth < 5 && current.getParent() != null; depth++) {
            String relative = current.getParent().getRelativePath();
            dir = dir.resolve(relative == null || relative.isEmpty() ? "../pom.xml" : relative).getParent();
            current = read(dir.resolve("pom.xml"));
            if (root.getArtifactId().equals(current.getArtifactId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean declares(Model model, String element) {
        return switch (element) {
            case "<url>" -> model.getUrl() != null;
            case "<licenses>" -> !model.getLicenses().isEmpty();
            case "<scm>" -> model.getScm() != null;
            default -> !model.getDevelopers().isEmpty();
        };
    }

    private static List<String> licenses(Model model) {
        return model.getLicenses().stream().map(License::getName).toList();
    }

    private static List<String> developers(Model model) {
        return model.getDevelopers().stream().map(Developer::getName).toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
