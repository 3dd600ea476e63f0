package io.github.fiksclients.specs;

import static io.github.fiksclients.specs.SpecsWorkspace.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The way the {@code fiks} CLI embeds the command: as the subcommand {@code specs} of its own. */
class SpecsCommandWiringTest {

  @Command(name = "fiks", subcommands = SpecsCommand.class)
  static final class FiksCommand {}

  @TempDir
  Path root;

  @Test
  void passesTheExitCodeOfSpecsCheckThroughTheParentCommand() throws IOException {
    SpecsWorkspace workspace = SpecsWorkspace.create(root, "http://127.0.0.1:9/unused/");
    Path downloads = Files.createDirectory(root.resolve("downloads"));
    Files.writeString(downloads.resolve("demo-api-v1.json"), fixture("demo-api-v1-endpoint-removed.json"));
    StringWriter out = new StringWriter();

    int exitCode = new CommandLine(new FiksCommand())
        .setOut(new PrintWriter(out, true))
        .execute("specs", "check", "--service", "demo", "--specs", workspace.dir(),
            "--from", downloads.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(out.toString()).contains("DELETE /items/{id}: endpoint removed");
  }
}
