package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Javadoc site's scope comes from the manifest: its generated packages and its published modules. */
class JavadocScopeTest {

    private static final Path MANIFEST = Path.of("..", "specs", "specs.json");

    @Test
    void everySpecPackageAndThePackagesBelowItAreLeftOutOfDoclint() throws Exception {
        List<ServiceEntry> services = Manifest.read(MANIFEST).services();

        String option = JavadocScope.doclintExclusionOfGeneratedPackages(services);

        assertThat(option).startsWith("-Xdoclint/package:-");
        List<String> entries = List.of(option.substring("-Xdoclint/package:".length()).split(","));
        long specs = services.stream().mapToLong(s -> s.specs().size()).sum();
        assertThat(entries).hasSize(2 * (int) specs)
                .contains("-io.github.fiksclients.svarinn.v1", "-io.github.fiksclients.svarinn.v1.*",
                        "-io.github.fiksclients.tilgang.v2", "-io.github.fiksclients.tilgang.v2.*")
                .allSatisfy(entry -> assertThat(entry).matches("-io\\.github\\.fiksclients\\.[a-z0-9.]+\\.v\\d+(\\.\\*)?"));
        assertThat(entries).noneMatch(entry -> entry.equals("-io.github.fiksclients.svarinn.*"));
    }

    @Test
    void aPublishedServiceTheSiteDoesNotDependOnIsNamedAndAnUnpublishedOneIsNot() throws Exception {
        List<ServiceEntry> services = Manifest.read(MANIFEST).services();
        Set<String> allButTilgang = new HashSet<>();
        services.stream().filter(ServiceEntry::published).map(ServiceEntry::module).forEach(allButTilgang::add);
        allButTilgang.remove("fiks-tilgang-client");

        assertThat(JavadocScope.publishedModulesMissingFrom(services, allButTilgang))
                .containsExactly("fiks-tilgang-client");
    }
}
