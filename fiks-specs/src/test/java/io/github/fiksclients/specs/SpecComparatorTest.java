package io.github.fiksclients.specs;

import static io.github.fiksclients.specs.SpecsWorkspace.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the comparison names each kind of change, on one candidate that changes several things. */
class SpecComparatorTest {

  private static SpecComparison reshaped;

  @BeforeAll
  static void compare() throws SpecCheckException {
    SpecParser parser = new SpecParser();
    reshaped = new SpecComparator().compare(
        parser.parse(fixture("demo-api-v1.json"), "ours").openApi(),
        parser.parse(fixture("demo-api-v1-reshaped.json"), "candidate").openApi());
  }

  private static SpecChange change(String endpoint, String description) {
    return reshaped.changes().stream()
        .filter(c -> c.endpoint().equals(endpoint) && c.description().equals(description))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change '" + endpoint + ": " + description
            + "' among " + reshaped.changes()));
  }

  @Test
  void namesATypeChangeWithOldAndNewType() {
    assertThat(change("POST /items",
        "request body (application/json): property 'name': type changed string -> integer").breaking())
        .isTrue();
  }

  @Test
  void namesARemovedResponseProperty() {
    assertThat(change("GET /items/{id}", "response 200 (application/json): property 'labels' removed")
        .breaking()).isTrue();
  }

  @Test
  void namesRemovedAndAddedEnumValues() {
    assertThat(change("POST /items",
        "request body (application/json): property 'status': enum values removed: CLOSED").breaking())
        .isTrue();
    assertThat(change("GET /items/{id}",
        "response 200 (application/json): property 'status': enum values added: ARCHIVED").breaking())
        .isTrue();
  }

  @Test
  void namesPropertiesOfArrayItems() {
    assertThat(change("GET /items", "response 200 (application/json): property '[].labels' removed"))
        .isNotNull();
  }

  @Test
  void treatsARenamedOperationIdAsBreakingBecauseTheGeneratedMethodIsRenamed() {
    assertThat(change("GET /items/{id}",
        "operationId changed getItem -> readItem (the generated method is renamed)").breaking()).isTrue();
  }

  @Test
  void sortsChangesByPathThenMethod() {
    assertThat(reshaped.changes()).isSorted();
    assertThat(reshaped.changes().get(0).path()).isEqualTo("/items");
    assertThat(reshaped.verdict()).isEqualTo(Verdict.BREAKING);
  }
}
