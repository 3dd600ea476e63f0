package io.github.fiksclients.specs;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMinItems;

/**
 * Recomputes openapi-diff's level of a change without two false positives of openapi-diff 2.1.0,
 * which would report every spec with arrays or described properties as changed.
 *
 * <ul>
 *   <li>{@code minItems} and {@code maxItems} set to the same value on both sides count as compatible
 *       changes (upstream issues #779 and #787).
 *   <li>A schema whose properties changed only in their descriptions counts as a compatible change
 *       of the schema itself (upstream issue #611): its own level is used only when the schema
 *       itself changed (type, format, default, deprecation, discriminator, added or removed
 *       properties).
 * </ul>
 */
final class DiffLevel {

  private final Map<Changed, DiffResult> levels = new IdentityHashMap<>();

  private DiffLevel() {}

  static DiffResult of(Changed changed) {
    return new DiffLevel().level(changed);
  }

  private DiffResult level(Changed changed) {
    if (changed == null) {
      return DiffResult.NO_CHANGES;
    }
    DiffResult known = levels.get(changed);
    if (known != null) {
      return known;
    }
    levels.put(changed, DiffResult.NO_CHANGES);
    DiffResult result = compute(changed);
    levels.put(changed, result);
    return result;
  }

  private DiffResult compute(Changed changed) {
    if (changed instanceof ChangedMinItems minItems) {
      return sameValue(minItems.getOldValue(), minItems.getNewValue(), changed);
    }
    if (changed instanceof ChangedMaxItems maxItems) {
      return sameValue(maxItems.getOldValue(), maxItems.getNewValue(), changed);
    }
    if (!(changed instanceof ComposedChanged composed)) {
      return changed.isChanged();
    }
    DiffResult result = ownLevel(composed);
    for (Changed element : composed.getChangedElements()) {
      DiffResult level = level(element);
      if (level.getWeight() > result.getWeight()) {
        result = level;
      }
    }
    return result;
  }

  private static DiffResult sameValue(Integer before, Integer after, Changed changed) {
    return Objects.equals(before, after) ? DiffResult.NO_CHANGES : changed.isChanged();
  }

  private static DiffResult ownLevel(ComposedChanged composed) {
    if (composed instanceof ChangedSchema schema && !changedItself(schema)) {
      return DiffResult.NO_CHANGES;
    }
    return composed.isCoreChanged();
  }

  private static boolean changedItself(ChangedSchema schema) {
    return schema.isChangedType()
        || schema.isChangeFormat()
        || schema.isChangeDefault()
        || schema.isChangeDeprecated()
        || schema.isDiscriminatorPropertyChanged()
        || !schema.getIncreasedProperties().isEmpty()
        || !schema.getMissingProperties().isEmpty()
        || (schema.getOldSchema() == null) != (schema.getNewSchema() == null);
  }
}
