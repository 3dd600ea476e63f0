package io.github.fiksclients.specs;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Walks one changed schema (a request body, a response, a parameter) and names each change by its
 * property path, such as {@code property 'dokumenter[].navn' removed}.
 *
 * <p>Paths use {@code a.b} for nested properties, {@code []} for array items, {@code {}} for map
 * values and {@code <Name>} for a oneOf variant. Recursive schemas are walked once per path.
 */
final class SchemaChanges {

  private final String where;
  private final ChangeSink sink;
  private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());

  private SchemaChanges(String where, ChangeSink sink) {
    this.where = where;
    this.sink = sink;
  }

  static void collect(ChangedSchema schema, String where, ChangeSink sink) {
    new SchemaChanges(where, sink).walk(schema, "");
  }

  private void walk(ChangedSchema schema, String path) {
    if (!walking.add(schema)) {
      return;
    }
    String subject = subject(path);
    ownChanges(schema, subject);
    properties(schema, path);
    required(schema.getRequired(), schema, path);
    enumeration(schema.getEnumeration(), subject);
    constraints(schema, subject);
    oneOf(schema.getOneOfSchema(), path);
    if (schema.getItems() != null) {
      walk(schema.getItems(), path + "[]");
    }
    if (schema.getAddProp() != null) {
      walk(schema.getAddProp(), path + "{}");
    }
    new TreeMap<>(schema.getChangedProperties()).forEach((name, child) -> walk(child, join(path, name)));
    walking.remove(schema);
  }

  private void ownChanges(ChangedSchema schema, String subject) {
    Schema<?> before = schema.getOldSchema();
    Schema<?> after = schema.getNewSchema();
    if (schema.isChangedType()) {
      add(subject + ": type changed " + type(before) + " -> " + type(after), true);
    }
    if (schema.isChangeFormat()) {
      add(subject + ": format changed " + format(before) + " -> " + format(after)
          + " (the generated Java type may change)", true);
    }
    if (schema.isDiscriminatorPropertyChanged()) {
      add(subject + ": discriminator property changed", true);
    }
    if (schema.isChangeDefault()) {
      add(subject + ": default value changed", false);
    }
    if (schema.isChangeDeprecated()) {
      add(subject + (after != null && Boolean.TRUE.equals(after.getDeprecated())
          ? ": deprecated" : ": no longer deprecated"), false);
    }
  }

  private void properties(ChangedSchema schema, String path) {
    boolean request = schema.getContext().isRequest();
    List<String> requiredAfter = requiredOf(schema.getNewSchema());
    new TreeMap<>(schema.getIncreasedProperties()).forEach((name, added) -> {
      boolean required = requiredAfter.contains(name);
      add(subject(join(path, name)) + " added (" + type(added) + (required ? ", required)" : ")"),
          required && request);
    });
    new TreeSet<>(schema.getMissingProperties().keySet())
        .forEach(name -> add(subject(join(path, name)) + " removed", true));
  }

  private void required(ChangedRequired required, ChangedSchema schema, String path) {
    if (required == null) {
      return;
    }
    boolean request = schema.getContext().isRequest();
    for (String name : new TreeSet<>(required.getIncreased())) {
      if (!schema.getIncreasedProperties().containsKey(name)) {
        add(subject(join(path, name)) + " is now required", request);
      }
    }
    for (String name : new TreeSet<>(required.getMissing())) {
      if (!schema.getMissingProperties().containsKey(name)) {
        add(subject(join(path, name)) + " is no longer required", !request);
      }
    }
  }

  private void enumeration(ChangedEnum<?> enumeration, String subject) {
    if (enumeration == null) {
      return;
    }
    boolean response = enumeration.getContext().isResponse();
    if (!enumeration.getIncreased().isEmpty()) {
      add(subject + ": enum values added: " + values(enumeration.getIncreased()), response);
    }
    if (!enumeration.getMissing().isEmpty()) {
      add(subject + ": enum values removed: " + values(enumeration.getMissing()), true);
    }
  }

  private void constraints(ChangedSchema schema, String subject) {
    constraint(schema, subject, "readOnly", schema.getReadOnly(), Schema::getReadOnly);
    constraint(schema, subject, "writeOnly", schema.getWriteOnly(), Schema::getWriteOnly);
    constraint(schema, subject, "nullable", schema.getNullable(), Schema::getNullable);
    constraint(schema, subject, "maxLength", schema.getMaxLength(), Schema::getMaxLength);
    constraint(schema, subject, "pattern", schema.getPattern(), Schema::getPattern);
    constraint(schema, subject, "minimum/maximum", schema.getNumericRange(),
        s -> s.getMinimum() + ".." + s.getMaximum());
    constraint(schema, subject, "multipleOf", schema.getMultipleOf(), Schema::getMultipleOf);
    constraint(schema, subject, "minItems", schema.getMinItems(), Schema::getMinItems);
    constraint(schema, subject, "maxItems", schema.getMaxItems(), Schema::getMaxItems);
    constraint(schema, subject, "uniqueItems", schema.getUniqueItems(), Schema::getUniqueItems);
    constraint(schema, subject, "minProperties", schema.getMinProperties(), Schema::getMinProperties);
    constraint(schema, subject, "maxProperties", schema.getMaxProperties(), Schema::getMaxProperties);
  }

  private void constraint(ChangedSchema schema, String subject, String name, Changed changed,
      Function<Schema<?>, Object> value) {
    DiffResult level = DiffLevel.of(changed);
    if (!level.isDifferent()) {
      return;
    }
    add(subject + ": " + name + " changed " + valueOf(schema.getOldSchema(), value) + " -> "
        + valueOf(schema.getNewSchema(), value), level.isIncompatible());
  }

  private void oneOf(ChangedOneOfSchema oneOf, String path) {
    if (oneOf == null) {
      return;
    }
    String subject = subject(path);
    boolean request = oneOf.getContext().isRequest();
    new TreeSet<>(oneOf.getMissing().keySet())
        .forEach(name -> add(subject + ": oneOf variant '" + name + "' removed", true));
    new TreeSet<>(oneOf.getIncreased().keySet())
        .forEach(name -> add(subject + ": oneOf variant '" + name + "' added", !request));
    new TreeMap<>(oneOf.getChanged()).forEach((name, child) -> walk(child, join(path, "<" + name + ">")));
  }

  private void add(String description, boolean breaking) {
    sink.add(where + ": " + description, breaking);
  }

  private static String subject(String path) {
    if (path.isEmpty()) {
      return "schema";
    }
    return path.equals("[]") ? "items" : "property '" + path + "'";
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static List<String> requiredOf(Schema<?> schema) {
    return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  private static String values(List<?> values) {
    return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static Object valueOf(Schema<?> schema, Function<Schema<?>, Object> value) {
    return schema == null ? null : value.apply(schema);
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    if (schema.get$ref() != null) {
      return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }
    String type = Objects.requireNonNullElse(schema.getType(), "object");
    if ("array".equals(type) && schema.getItems() != null) {
      return "array of " + type(schema.getItems());
    }
    return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
  }

  private static String format(Schema<?> schema) {
    return schema == null || schema.getFormat() == null ? "none" : schema.getFormat();
  }
}
