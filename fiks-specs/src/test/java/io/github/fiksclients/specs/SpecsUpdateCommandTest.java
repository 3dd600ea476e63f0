package io.github.fiksclients.specs;

import static io.github.fiksclients.specs.SpecsWorkspace.DEMO_FILE;
import static io.github.fiksclients.specs.SpecsWorkspace.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecsUpdateCommandTest {

  @TempDir
  Path root;

  private SpecsWorkspace workspace;
  private Path downloads;

  @BeforeEach
  void setUp() throws IOException {
    workspace = SpecsWorkspace.create(root, "http://127.0.0.1:9/unused/");
    downloads = Files.createDirectory(root.resolve("downloads"));
  }

  private void download(String fixture) throws IOException {
    Files.writeString(downloads.resolve("demo-api-v1.json"), fixture(fixture));
  }

  private SpecsRun update(String... more) {
    String[] base = {
        "update", "--service", "demo", "--specs", workspace.dir(), "--from", downloads.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return SpecsRun.of(args);
  }

  @Test
  void withoutWriteLeavesOurFileAndSaysWhatItWouldWrite() throws IOException {
    download("demo-api-v1-optional-property.json");

    SpecsRun run = update();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Would write ").contains("Run again with --write");
    assertThat(workspace.read(DEMO_FILE)).isEqualTo(fixture("demo-api-v1.json"));
  }

  @Test
  void withWriteReplacesOurFileWithTheCandidate() throws IOException {
    download("demo-api-v1-optional-property.json");

    SpecsRun run = update("--write");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Wrote ");
    assertThat(workspace.read(DEMO_FILE)).isEqualTo(fixture("demo-api-v1-optional-property.json"));
  }

  @Test
  void withWriteStillExitsWith1ForBreakingChanges() throws IOException {
    download("demo-api-v1-endpoint-removed.json");

    SpecsRun run = update("--write");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(workspace.read(DEMO_FILE)).isEqualTo(fixture("demo-api-v1-endpoint-removed.json"));
  }

  @Test
  void withWriteLeavesOurFileWhenOnlyDescriptionsDiffer() throws IOException {
    download("demo-api-v1-reworded.json");

    SpecsRun run = update("--write");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Nothing to write");
    assertThat(workspace.read(DEMO_FILE)).isEqualTo(fixture("demo-api-v1.json"));
  }

  @Test
  void writesNothingWhenACandidateCannotBeRead() throws IOException {
    SpecsRun run = update("--write");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("candidate not found: ");
    assertThat(workspace.read(DEMO_FILE)).isEqualTo(fixture("demo-api-v1.json"));
  }
}
