package io.github.fiksclients.specs;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;

/**
 * A spec as the parser read it, with what the parser said about it that did not stop it.
 *
 * @param openApi the model openapi-diff compares
 * @param warnings the parser's messages about parts it ignored or found missing, each prefixed by where the spec
 *     came from; empty for a clean document
 */
record ParsedSpec(OpenAPI openApi, List<String> warnings) {

  ParsedSpec {
    Objects.requireNonNull(openApi, "openApi");
    warnings = List.copyOf(warnings);
  }
}
