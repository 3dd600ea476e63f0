package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;

class BomPomTest {

    @Test
    void theBomManagesEveryPublishedServiceOfTheManifestAndNoUnpublishedOne() throws Exception {
        Manifest manifest = Manifest.read(Path.of("..", "specs", "specs.json"));
        Model written = read(Path.of("..", "fiks-bom", "pom.xml"));

        Model published = BomPom.withServices(written, manifest.services());

        List<String> managed = published.getDependencyManagement().getDependencies().stream()
                .map(Dependency::getArtifactId).toList();
        for (ServiceEntry service : manifest.services()) {
            if (service.published()) {
                assertThat(managed).as("the BOM lists %s", service.module()).contains(service.module());
            } else {
                assertThat(managed).as("the BOM leaves out unpublished %s", service.module())
                        .doesNotContain(service.module());
            }
        }
        assertThat(managed).contains("fiks-errors", "fiks-auth", "fiks-core", "fiks-testkit", "fiks-specs", "fiks-cli");
        assertThat(published.getDependencyManagement().getDependencies())
                .allSatisfy(d -> assertThat(d.getVersion()).isEqualTo("${project.version}"));
        assertThat(published.getBuild()).isNull();
        assertThat(written.getBuild()).as("the written pom is left unchanged").isNotNull();
    }

    @Test
    void aServiceListedByHandIsRefusedSoTheManifestStaysTheOnePlace() throws Exception {
        Model written = read(Path.of("..", "fiks-bom", "pom.xml"));
        Dependency byHand = new Dependency();
        byHand.setGroupId("io.github.fiksclients");
        byHand.setArtifactId("fiks-demo-client");
        byHand.setVersion("${project.version}");
        written.getDependencyManagement().addDependency(byHand);
        ServiceEntry demo = new ServiceEntry("demo", "fiks-demo-client", "Demo", "d", true, List.of(), new JsonObject());

        assertThatThrownBy(() -> BomPom.withServices(written, List.of(demo)))
                .hasMessage("fiks-bom/pom.xml lists fiks-demo-client, which specs/specs.json adds to the published BOM:"
                        + " remove it from fiks-bom/pom.xml");
    }

    private static Model read(Path pom) throws Exception {
        try (Reader in = Files.newBufferedReader(pom)) {
            return new MavenXpp3Reader().read(in);
        }
    }
}
