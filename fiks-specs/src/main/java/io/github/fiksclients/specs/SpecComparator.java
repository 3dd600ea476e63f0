package io.github.fiksclients.specs;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Compares our spec (old) with a candidate (new) with openapi-diff and decides the verdict.
 *
 * <p>The verdict is openapi-diff's level (as corrected by {@link DiffLevel}), raised to breaking
 * when a named change removes or renames something the generated code exposes. When openapi-diff
 * reports a change that the collector cannot name, a generic change says so, so that a verdict never
 * stands without a line behind it.
 */
final class SpecComparator {

  SpecComparison compare(OpenAPI ours, OpenAPI candidate) throws SpecCheckException {
    ChangedOpenApi diff;
    try {
      diff = OpenApiCompare.fromSpecifications(ours, candidate);
    } catch (RuntimeException e) {
      throw new SpecCheckException("openapi-diff cannot compare the documents: " + e, e);
    }
    DiffResult level = DiffLevel.of(diff);
    List<SpecChange> changes = new ArrayList<>(ChangeCollector.collect(diff));
    boolean anyBreaking = changes.stream().anyMatch(SpecChange::breaking);
    if (level.isIncompatible() || anyBreaking) {
      if (!anyBreaking) {
        changes.add(unnamed("an incompatible change that this report cannot name", true));
      }
      return new SpecComparison(Verdict.BREAKING, changes);
    }
    if (level == DiffResult.COMPATIBLE || !changes.isEmpty()) {
      if (changes.isEmpty()) {
        changes.add(unnamed(
            "a compatible change that this report cannot name (for example a vendor extension)", false));
      }
      return new SpecComparison(Verdict.COMPATIBLE, changes);
    }
    return new SpecComparison(
        level == DiffResult.METADATA ? Verdict.DESCRIPTIONS_ONLY : Verdict.UNCHANGED, List.of());
  }

  private static SpecChange unnamed(String description, boolean breaking) {
    return new SpecChange("", "", description + "; compare the files", breaking);
  }
}
