package io.github.fiksclients.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes JSON values from a spec's schemas: every property of an object (required or not), one item of an array, a
 * value of the schema's enum, format and pattern, and numbers within its bounds. Each value differs from the others
 * made by the same instance (a counter), so an argument that lands in the wrong place is seen.
 */
final class Samples {

    /** A string that must be percent-encoded in a path segment or a query value: space, '/', '?', '#', '%', '&', '+', 'ø'. */
    static final String NEEDS_ENCODING = "id med/tegn?#%&=+ø";

    private static final String[] PATTERN_CANDIDATES = {
        "0301", "4601", "912345678", "12345678901", "nav-2024_000017", "ABC123", "abc", "A", "1",
        "2024-05-17", "no.ks.fiks.test.v1", "NO", "a1b2c3", "ORGANISASJONSNUMMER.912345678",
    };
    private static final int MAX_DEPTH = 8;

    private final OpenAPI openApi;
    private int counter;

    Samples(OpenAPI openApi) {
        this.openApi = openApi;
    }

    /**
     * Follows a {@code $ref} to its schema.
     *
     * @param schema a schema, maybe a reference
     * @return the schema it names, or itself
     */
    Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null; hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref cycle at " + schema.get$ref());
            }
            String ref = current.get$ref();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
            Schema<?> target = schemas == null ? null : schemas.get(name);
            if (target == null) {
                throw new IllegalStateException("No schema " + ref);
            }
            current = target;
        }
        return current;
    }

    /**
     * A value for a path, query or header parameter. A plain string parameter (no format, enum or pattern) gets
     * characters that need encoding where it travels in the URL.
     *
     * @param parameter the parameter
     * @return the value
     */
    JsonElement parameter(Parameter parameter) {
        Schema<?> schema = resolve(parameter.getSchema());
        boolean plainString = "string".equals(schema.getType()) && schema.getFormat() == null
                && schema.getEnum() == null && schema.getPattern() == null;
        if (plainString && !"header".equals(parameter.getIn())) {
            counter++;
            return new JsonPrimitive(fit(NEEDS_ENCODING + counter, schema));
        }
        return of(schema, parameter.getName());
    }

    /**
     * A value for a schema.
     *
     * @param schema the schema
     * @param where a name for error messages
     * @return the value
     */
    JsonElement of(Schema<?> schema, String where) {
        JsonElement value = of(schema, where, 0, new HashSet<>());
        if (value == null) {
            throw new IllegalStateException("No value for " + where);
        }
        return value;
    }

    /** The value, or null where a schema refers to itself deeper than once. */
    private JsonElement of(Schema<?> declared, String where, int depth, Set<String> refsOnPath) {
        if (declared == null) {
            return text(where);
        }
        String ref = declared.get$ref();
        if (ref != null && refsOnPath.contains(ref)) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            return null;
        }
        Set<String> refs = refsOnPath;
        if (ref != null) {
            refs = new HashSet<>(refsOnPath);
            refs.add(ref);
        }
        Schema<?> schema = resolve(declared);
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            JsonObject merged = new JsonObject();
            for (Schema<?> part : schema.getAllOf()) {
                JsonElement value = of(part, where, depth + 1, refs);
                if (value != null && value.isJsonObject()) {
                    value.getAsJsonObject().entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
                }
            }
            addProperties(merged, schema, where, depth, refs);
            return merged;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return of(schema.getOneOf().get(0), where, depth + 1, refs);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), where, depth + 1, refs);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<?> values = schema.getEnum();
            Object chosen = values.get(counter++ % values.size());
            return chosen instanceof Number number ? new JsonPrimitive(number) : new JsonPrimitive(String.valueOf(chosen));
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, where, depth, refs);
            case "array" -> array(schema, where, depth, refs);
            case "integer" -> new JsonPrimitive(integer(schema));
            case "number" -> new JsonPrimitive(number(schema));
            case "boolean" -> new JsonPrimitive(true);
            case "string" -> string(schema, where);
            default -> text(where);
        };
    }

    /** The schema's type, inferred where it has none. */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return "any";
    }

    private JsonObject object(Schema<?> schema, String where, int depth, Set<String> refs) {
        JsonObject object = new JsonObject();
        addProperties(object, schema, where, depth, refs);
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            Object additional = schema.getAdditionalProperties();
            if (additional instanceof Schema<?> values) {
                JsonElement value = of(values, where + ".*", depth + 1, refs);
                if (value != null) {
                    object.add("nokkel" + ++counter, value);
                }
            } else {
                // A free-form object: text only, so that no number changes form on its way through a Map.
                object.addProperty("felt" + ++counter, "verdi ø " + counter);
            }
        }
        return object;
    }

    private void addProperties(JsonObject object, Schema<?> schema, String where, int depth, Set<String> refs) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            JsonElement value = of(property.getValue(), where + "." + property.getKey(), depth + 1, refs);
            if (value != null) {
                object.add(property.getKey(), value);
            }
        }
    }

    private JsonArray array(Schema<?> schema, String where, int depth, Set<String> refs) {
        JsonArray array = new JsonArray();
        JsonElement item = of(schema.getItems(), where + "[0]", depth + 1, refs);
        if (item != null) {
            array.add(item);
        }
        return array;
    }

    private long integer(Schema<?> schema) {
        counter++;
        boolean int64 = "int64".equals(schema.getFormat());
        long value = int64 ? 3_000_000_000L + counter : 10 + counter;
        return clamp(BigDecimal.valueOf(value), schema).longValue();
    }

    private BigDecimal number(Schema<?> schema) {
        counter++;
        return clamp(new BigDecimal(counter + ".5"), schema);
    }

    private static BigDecimal clamp(BigDecimal value, Schema<?> schema) {
        BigDecimal result = value;
        if (schema.getMaximum() != null && result.compareTo(schema.getMaximum()) > 0) {
            result = schema.getMaximum();
        }
        if (schema.getMinimum() != null && result.compareTo(schema.getMinimum()) < 0) {
            result = schema.getMinimum();
        }
        return result;
    }

    private JsonPrimitive string(Schema<?> schema, String where) {
        counter++;
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "uuid" -> UUID.nameUUIDFromBytes((where + counter).getBytes(StandardCharsets.UTF_8)).toString();
            case "date" -> LocalDate.of(2024, 5, 17).plusDays(counter).toString();
            case "date-time" -> OffsetDateTime.of(2024, 5, 17, 10, 15, 30, 0, ZoneOffset.ofHours(2))
                    .plusMinutes(counter).toString();
            case "byte", "binary" -> Base64.getEncoder()
                    .encodeToString(("bytes " + counter).getBytes(StandardCharsets.UTF_8));
            case "email" -> "post" + counter + "@example.org";
            case "uri", "url" -> "https://example.org/fiks/" + counter;
            default -> schema.getPattern() != null ? matching(schema.getPattern(), where) : "verdi ø " + counter;
        };
        return new JsonPrimitive(fit(value, schema));
    }

    private JsonPrimitive text(String where) {
        return new JsonPrimitive("verdi ø " + ++counter);
    }

    private static String fit(String value, Schema<?> schema) {
        String result = value;
        if (schema.getMaxLength() != null && result.length() > schema.getMaxLength()) {
            result = result.substring(0, schema.getMaxLength());
        }
        if (schema.getMinLength() != null) {
            StringBuilder longer = new StringBuilder(result);
            while (longer.length() < schema.getMinLength()) {
                longer.append('x');
            }
            result = longer.toString();
        }
        return result;
    }

    private static String matching(String regex, String where) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("The pattern of " + where + " is not a Java regex: " + regex, e);
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : PATTERN_CANDIDATES) {
            if (pattern.matcher(candidate).matches()) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("No sample value matches the pattern " + regex + " of " + where
                + " (tried " + tried + "): add one to Samples.PATTERN_CANDIDATES");
    }
}
