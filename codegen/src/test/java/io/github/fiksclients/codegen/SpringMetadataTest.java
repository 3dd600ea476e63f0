package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Spring Boot metadata of every service's properties comes from the manifest. */
class SpringMetadataTest {

    private static final Path MANIFEST = Path.of("..", "specs", "specs.json");

    @Test
    void everyPublishedServiceButTheDeclaredOnesGetsTheGroupAndItsProperties() throws Exception {
        List<ServiceEntry> services = Manifest.read(MANIFEST).services();

        JsonObject metadata = JsonParser.parseString(SpringMetadata.json(services, "fiks", "example.Service",
                Set.of("svarinn"), List.of(new SpringMetadata.Property("base-url", "java.lang.String", "Where.")))
        ).getAsJsonObject();

        List<String> groups = metadata.getAsJsonArray("groups").asList().stream()
                .map(group -> group.getAsJsonObject().get("name").getAsString()).toList();
        assertThat(groups).contains("fiks.tilgang", "fiks.io-katalog", "fiks.innsyn")
                .doesNotContain("fiks.svarinn", "fiks.fixture")
                .hasSize((int) services.stream().filter(ServiceEntry::published).count() - 1);
        assertThat(metadata.getAsJsonArray("properties").asList()).anySatisfy(property -> {
            assertThat(property.getAsJsonObject().get("name").getAsString()).isEqualTo("fiks.io-katalog.base-url");
            assertThat(property.getAsJsonObject().get("type").getAsString()).isEqualTo("java.lang.String");
            assertThat(property.getAsJsonObject().get("sourceType").getAsString()).isEqualTo("example.Service");
        });
    }
}
