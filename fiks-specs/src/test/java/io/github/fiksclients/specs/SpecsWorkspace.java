package io.github.fiksclients.specs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A specs directory for one test: a manifest with two services ({@code demo}, OpenAPI 3.0, and
 * {@code legacy}, Swagger 2.0) and our copy of each spec, taken from the test fixtures.
 */
final class SpecsWorkspace {

  static final String DEMO_FILE = "demo/demo-api-v1.json";
  static final String LEGACY_FILE = "legacy/demo-swagger-v1.json";

  private final Path specsDir;

  private SpecsWorkspace(Path specsDir) {
    this.specsDir = specsDir;
  }

  static SpecsWorkspace create(Path root, String baseUrl) {
    Path specsDir = root.resolve("specs");
    try {
      Files.createDirectories(specsDir.resolve("demo"));
      Files.createDirectories(specsDir.resolve("legacy"));
      Files.writeString(specsDir.resolve(SpecManifest.FILE_NAME), """
          {
            "publishedAt": "%s",
            "services": [
              { "service": "demo", "module": "fiks-demo-client", "specs": [
                { "file": "%s", "upstream": "demo-api-v1.json",
                  "format": "openapi-3.0", "version": "v1" } ] },
              { "service": "legacy", "module": "fiks-legacy-client", "specs": [
                { "file": "%s", "upstream": "demo-swagger-v1.json",
                  "format": "swagger-2.0", "version": "v1" } ] }
            ]
          }
          """.formatted(baseUrl, DEMO_FILE, LEGACY_FILE));
      Files.writeString(specsDir.resolve(DEMO_FILE), fixture("demo-api-v1.json"));
      Files.writeString(specsDir.resolve(LEGACY_FILE), fixture("demo-swagger-v1.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpecsWorkspace(specsDir);
  }

  static String fixture(String name) {
    try (InputStream in = SpecsWorkspace.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String dir() {
    return specsDir.toString();
  }

  String read(String file) throws IOException {
    return Files.readString(specsDir.resolve(file), StandardCharsets.UTF_8);
  }
}
