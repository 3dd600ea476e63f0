package io.github.fiksclients.specs;

import static io.github.fiksclients.specs.SpecsWorkspace.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecsCheckCommandTest {

  @TempDir
  Path root;

  private final MockWebServer server = new MockWebServer();
  private SpecsWorkspace workspace;

  @BeforeEach
  void start() throws IOException {
    server.start();
    workspace = SpecsWorkspace.create(root, server.url("/api/").toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void publish(String fixture) {
    server.enqueue(new MockResponse.Builder().body(fixture(fixture)).build());
  }

  private SpecsRun checkDemo() {
    return SpecsRun.of("check", "--service", "demo", "--specs", workspace.dir());
  }

  @Test
  void fetchesTheCandidateByItsPublishedNameFromTheManifestBaseUrl() throws Exception {
    publish("demo-api-v1.json");

    checkDemo();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/demo-api-v1.json");
  }

  @Test
  void reportsAnIdenticalSpecAsUnchanged() {
    publish("demo-api-v1.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo/demo-api-v1.json: unchanged\n");
  }

  @Test
  void reportsRewordedSpecAsDescriptionsOnly() {
    publish("demo-api-v1-reworded.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo/demo-api-v1.json: unchanged (descriptions only)\n");
  }

  @Test
  void reportsAnAddedOptionalPropertyAsCompatibleAndNamesIt() {
    publish("demo-api-v1-optional-property.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("demo/demo-api-v1.json: compatible changes\n")
        .contains("compatible  POST /items: request body (application/json): "
            + "property 'note' added (string)\n")
        .doesNotContain("breaking ");
  }

  @Test
  void reportsARemovedEndpointAsBreakingWithPathAndMethod() {
    publish("demo-api-v1-endpoint-removed.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("demo/demo-api-v1.json: BREAKING changes\n")
        .contains("breaking    DELETE /items/{id}: endpoint removed\n");
  }

  @Test
  void reportsANewRequiredParameterAsBreaking() {
    publish("demo-api-v1-required-parameter.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("breaking    GET /items: new required parameter: query 'owner'\n");
  }

  @Test
  void comparesSwagger2Documents() {
    publish("demo-swagger-v1-optional-property.json");

    SpecsRun run = SpecsRun.of("check", "--service", "legacy", "--specs", workspace.dir());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("legacy/demo-swagger-v1.json: compatible changes\n")
        .contains("PUT /notes: request body (application/json): property 'author' added (string)\n");
  }

  @Test
  void exitsWith2AndOneLineWhenTheBaseUrlIsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    SpecsRun run = SpecsRun.of("check", "--service", "demo", "--specs", workspace.dir(),
        "--from", "http://127.0.0.1:" + closedPort + "/api");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("demo/demo-api-v1.json: not checked\n");
    assertThat(run.err()).startsWith("error: demo/demo-api-v1.json: GET http://127.0.0.1:" + closedPort
        + "/api/demo-api-v1.json: cannot connect").hasLineCount(1);
  }

  @Test
  void exitsWith2WhenTheCandidateIsNotPublished() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: demo/demo-api-v1.json: GET "
        + server.url("/api/demo-api-v1.json") + ": HTTP 404\n");
  }

  @Test
  void exitsWith2WhenTheCandidateIsNotValidOpenApi() {
    publish("not-openapi.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not a valid OpenAPI 3.0 or Swagger 2.0 document: ").hasLineCount(1);
  }

  @Test
  void printsParserWarningsOnTheCandidateAndStillComparesIt() {
    publish("demo-api-v1-unknown-attribute.json");

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("demo/demo-api-v1.json: unchanged\n")
        .contains("  warning     parser: " + server.url("/api/demo-api-v1.json")
            + ": attribute paths.'/items'(get).audience is unexpected\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitsWith2WhenTheCandidateIsNotJson() {
    server.enqueue(new MockResponse.Builder().body("<html><body>Maintenance</body></html>").build());

    SpecsRun run = checkDemo();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("demo-api-v1.json is not JSON: ").hasLineCount(1);
  }

  @Test
  void printsStackTracesOnlyWhenVerbose() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    SpecsRun run = SpecsRun.of("check", "--service", "demo", "--specs", workspace.dir(), "--verbose");

    assertThat(run.err()).contains("at io.github.fiksclients.specs.");
  }

  @Test
  void readsCandidatesFromALocalDirectory() throws IOException {
    Path downloads = Files.createDirectory(root.resolve("downloads"));
    Files.writeString(downloads.resolve("demo-api-v1.json"), fixture("demo-api-v1-endpoint-removed.json"));

    SpecsRun run = SpecsRun.of("check", "--service", "demo", "--specs", workspace.dir(),
        "--from", downloads.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("candidates from " + downloads)
        .contains("DELETE /items/{id}: endpoint removed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void checksEveryServiceWithoutServiceOption() {
    publish("demo-api-v1.json");
    publish("demo-swagger-v1.json");

    SpecsRun run = SpecsRun.of("check", "--specs", workspace.dir());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Summary: 2 specs, 2 unchanged, 0 descriptions only, 0 compatible, "
        + "0 breaking, 0 not checked");
  }

  @Test
  void exitsWith2ForAnUnknownService() {
    SpecsRun run = SpecsRun.of("check", "--service", "svarut", "--specs", workspace.dir());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: unknown service 'svarut' (known: demo, legacy)\n");
  }

  @Test
  void exitsWith2WithoutASubcommand() {
    SpecsRun run = SpecsRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing subcommand").contains("Usage: specs");
  }
}
