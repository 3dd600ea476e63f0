package io.github.fiksclients.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecManifestTest {

  @TempDir
  Path root;

  @Test
  void readsEverySpecOfEveryServiceFromFormat2() throws Exception {
    SpecsWorkspace workspace = SpecsWorkspace.create(root, "https://example.test/api");

    SpecManifest manifest = SpecManifest.read(Path.of(workspace.dir()));

    assertThat(manifest.baseUrl()).isEqualTo(URI.create("https://example.test/api/"));
    assertThat(manifest.entries()).containsExactly(
        new SpecEntry("demo", SpecsWorkspace.DEMO_FILE, "demo-api-v1.json"),
        new SpecEntry("legacy", SpecsWorkspace.LEGACY_FILE, "demo-swagger-v1.json"));
    assertThat(manifest.select("legacy")).extracting(SpecEntry::file)
        .containsExactly(SpecsWorkspace.LEGACY_FILE);
    assertThat(manifest.fileOf(manifest.entries().get(0)))
        .isEqualTo(Path.of(workspace.dir()).resolve(SpecsWorkspace.DEMO_FILE));
  }

  @Test
  void anUnknownServiceNamesTheKnownOnes() throws Exception {
    SpecManifest manifest = SpecManifest.read(Path.of(SpecsWorkspace.create(root, "https://x.test/").dir()));

    assertThatThrownBy(() -> manifest.select("tilgang"))
        .isInstanceOf(SpecCheckException.class)
        .hasMessage("unknown service 'tilgang' (known: demo, legacy)");
  }

  @Test
  void aFormat1ManifestIsRejectedWithWhatIsMissing() throws IOException {
    Files.writeString(root.resolve(SpecManifest.FILE_NAME),
        "{\"publishedAt\": \"https://x.test/\", \"specs\": []}");

    assertThatThrownBy(() -> SpecManifest.read(root))
        .isInstanceOf(SpecCheckException.class)
        .hasMessageContaining("the manifest has no 'services' list");
  }

  @Test
  void aBlankPublishedNameIsNamedByItsPlace() throws IOException {
    Files.writeString(root.resolve(SpecManifest.FILE_NAME), """
        {"publishedAt": "https://x.test/", "services": [
          {"service": "demo", "specs": [{"file": "demo/a.json", "upstream": "a.json"}, {"file": "demo/b.json", "upstream": " "}]}]}
        """);

    assertThatThrownBy(() -> SpecManifest.read(root))
        .isInstanceOf(SpecCheckException.class)
        .hasMessageContaining("services[0].specs[1] has no 'upstream'");
  }

  @Test
  void aSpecOfOurOwnWithoutAPublishedTwinIsLeftOut() throws Exception {
    Files.writeString(root.resolve(SpecManifest.FILE_NAME), """
        {"publishedAt": "https://x.test/", "services": [
          {"service": "fixture", "published": false, "specs": [{"file": "fixture/fixture-api-v1.json"}]},
          {"service": "demo", "specs": [{"file": "demo/a.json", "upstream": "a.json"}]}]}
        """);

    assertThat(SpecManifest.read(root).entries())
        .containsExactly(new SpecEntry("demo", "demo/a.json", "a.json"));
  }

  @Test
  void theProjectsOwnManifestListsFilesThatExist() throws Exception {
    Path specs = Path.of("..", "specs");

    List<SpecEntry> entries = SpecManifest.read(specs).entries();

    assertThat(entries).extracting(SpecEntry::service).contains("svarinn", "innsyn");
    assertThat(entries).allSatisfy(e -> assertThat(specs.resolve(e.file())).isRegularFile());
  }
}
