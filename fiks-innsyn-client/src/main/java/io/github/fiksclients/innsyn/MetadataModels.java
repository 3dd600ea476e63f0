package io.github.fiksclients.innsyn;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The metadata model of each {@code versjon}, read from the Innsyn index spec, and the check of a metadata object
 * against it: required properties, JSON types, integer formats, UUIDs, enums, string lengths and patterns, array
 * sizes, nested objects.
 *
 * <p>The models are the schemas of {@code innsyn-index-api-v1.json} that extend its {@code MeldingMetadata} (the
 * discriminator base), under their {@code versjon} name, such as {@code forsendelseV2}; the build puts that spec, the
 * one the models were generated from, beside this class as a resource, so that the check always follows it. A {@code versjon}
 * without a model there (such as {@code fakturaV1}, or one newer than this library) is not checked. Properties the
 * model does not list are allowed, as in the spec. As Innsyn's published JSON schemas allow, an {@code int64} may also
 * be a string of digits.
 *
 * <p>Hand-written rather than a JSON Schema library: the subset of OpenAPI 3.0 these schemas use is small, and the
 * libraries bring Jackson or a second JSON model into a client that otherwise needs only Gson. The schemas are
 * compiled once into {@link Node}s, because the check runs for every melding of a bulk run: a forsendelse is checked in
 * about a microsecond. Problems name the property's path and the kind of value found, never the value itself, which
 * may be personal data.
 */
final class MetadataModels {

    /** The index spec, which the build puts beside this class. */
    static final String SPEC_RESOURCE = "innsyn-index-api-v1.json";

    private static final String SCHEMAS_REF = "#/components/schemas/";
    private static final String BASE = "MeldingMetadata";
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,19}");
    private static final MetadataModels INSTANCE = load();

    private final Map<String, Node> models;

    private MetadataModels(JsonObject schemas) {
        Compiler compiler = new Compiler(schemas);
        Map<String, Node> byVersjon = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> schema : schemas.entrySet()) {
            if (extendsBase(schema.getValue().getAsJsonObject())) {
                byVersjon.put(schema.getKey(), compiler.compile(schema.getValue().getAsJsonObject()));
            }
        }
        this.models = Map.copyOf(byVersjon);
    }

    /**
     * The models of the spec that ships with this library.
     *
     * @return the shared instance
     */
    static MetadataModels get() {
        return INSTANCE;
    }

    /**
     * Reads the models of a spec.
     *
     * @param spec an OpenAPI document
     * @return its metadata models
     */
    static MetadataModels of(JsonObject spec) {
        return new MetadataModels(spec.getAsJsonObject("components").getAsJsonObject("schemas"));
    }

    /**
     * The names of the versjoner that have a model.
     *
     * @return the names, such as {@code forsendelseV2}
     */
    Set<String> versjoner() {
        return models.keySet();
    }

    /**
     * Checks metadata against the model of its versjon.
     *
     * @param versjon the melding's versjon
     * @param metadata the metadata object
     * @return one line per problem, such as {@code dokumenter[0].tittel is missing}; empty if the metadata matches,
     *     or if the versjon has no model
     */
    List<String> check(String versjon, JsonObject metadata) {
        Node model = models.get(versjon);
        if (model == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(0);
        model.checkObject(metadata, "", problems);
        return problems.isEmpty() ? List.of() : problems;
    }

    private static MetadataModels load() {
        try (InputStream in = MetadataModels.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + SPEC_RESOURCE + " is missing beside "
                        + MetadataModels.class.getName());
            }
            return of(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean extendsBase(JsonObject schema) {
        JsonArray allOf = schema.getAsJsonArray("allOf");
        if (allOf == null) {
            return false;
        }
        for (JsonElement part : allOf) {
            JsonElement ref = part.getAsJsonObject().get("$ref");
            if (ref != null && ref.getAsString().equals(SCHEMAS_REF + BASE)) {
                return true;
            }
        }
        return false;
    }

    /** What a schema requires of a value. */
    private enum Kind {
        OBJECT, STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, ANY
    }

    /** Turns schemas into nodes, each schema object once, so that references (also cyclic ones) share a node. */
    private static final class Compiler {
        private final JsonObject schemas;
        private final Map<JsonObject, Node> compiled = new IdentityHashMap<>();

        Compiler(JsonObject schemas) {
            this.schemas = schemas;
        }

        Node compile(JsonObject declared) {
            JsonObject schema = resolve(declared);
            Node existing = compiled.get(schema);
            if (existing != null) {
                return existing;
            }
            Node node = new Node();
            compiled.put(schema, node);
            if (schema.has("allOf") || schema.has("properties")) {
                node.kind = Kind.OBJECT;
                Set<String> required = new LinkedHashSet<>();
                collect(schema, node.properties, required);
                node.required = required.toArray(String[]::new);
                return node;
            }
            String type = schema.has("type") ? schema.get("type").getAsString() : "";
            String format = schema.has("format") ? schema.get("format").getAsString() : "";
            switch (type) {
                case "string" -> {
                    node.kind = Kind.STRING;
                    node.enumValues = schema.getAsJsonArray("enum");
                    node.minLength = schema.has("minLength") ? schema.get("minLength").getAsInt() : 0;
                    node.uuid = format.equals("uuid");
                    node.dateTime = format.equals("date-time");
                    node.pattern = schema.has("pattern") ? pattern(schema.get("pattern").getAsString()) : null;
                }
                case "integer" -> {
                    node.kind = Kind.INTEGER;
                    node.int64 = !format.equals("int32");
                    node.minimum = schema.has("minimum") ? schema.get("minimum").getAsBigDecimal() : null;
                }
                case "number" -> node.kind = Kind.NUMBER;
                case "boolean" -> node.kind = Kind.BOOLEAN;
                case "array" -> {
                    node.kind = Kind.ARRAY;
                    node.minItems = schema.has("minItems") ? schema.get("minItems").getAsLong() : 0;
                    node.maxItems = schema.has("maxItems") ? schema.get("maxItems").getAsLong() : Long.MAX_VALUE;
                    node.items = schema.has("items") ? compile(schema.getAsJsonObject("items")) : null;
                }
                case "object" -> node.kind = Kind.OBJECT;
                default -> node.kind = Kind.ANY;
            }
            return node;
        }

        private void collect(JsonObject declared, Map<String, Node> properties, Set<String> required) {
            JsonObject schema = resolve(declared);
            JsonObject own = schema.getAsJsonObject("properties");
            if (own != null) {
                own.entrySet().forEach(property -> properties.put(property.getKey(),
                        compile(property.getValue().getAsJsonObject())));
            }
            JsonArray names = schema.getAsJsonArray("required");
            if (names != null) {
                names.forEach(name -> required.add(name.getAsString()));
            }
            JsonArray allOf = schema.getAsJsonArray("allOf");
            if (allOf != null) {
                allOf.forEach(part -> collect(part.getAsJsonObject(), properties, required));
            }
        }

        private JsonObject resolve(JsonObject schema) {
            JsonElement ref = schema.get("$ref");
            if (ref == null) {
                return schema;
            }
            JsonObject target = schemas.getAsJsonObject(ref.getAsString().substring(SCHEMAS_REF.length()));
            if (target == null) {
                throw new IllegalStateException("The spec refers to a schema it does not have: " + ref.getAsString());
            }
            return target;
        }

        private static Pattern pattern(String regex) {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
    }

    /** One compiled schema; immutable once compiled, so shared by all threads. */
    private static final class Node {
        private Kind kind;
        private final Map<String, Node> properties = new LinkedHashMap<>();
        private String[] required = new String[0];
        private JsonArray enumValues;
        private int minLength;
        private boolean uuid;
        private boolean dateTime;
        private Pattern pattern;
        private boolean int64;
        private BigDecimal minimum;
        private long minItems;
        private long maxItems;
        private Node items;

        void checkObject(JsonObject value, String path, List<String> problems) {
            for (String name : required) {
                JsonElement property = value.get(name);
                if (property == null || property.isJsonNull()) {
                    problems.add(path(path, name) + " is missing");
                }
            }
            for (Map.Entry<String, Node> property : properties.entrySet()) {
                JsonElement present = value.get(property.getKey());
                if (present != null && !present.isJsonNull()) {
                    property.getValue().check(present, path, property.getKey(), problems);
                }
            }
        }

        /** Checks a value found at {@code parent.name}; the path is only made when there is something to say. */
        void check(JsonElement value, String parent, String name, List<String> problems) {
            switch (kind) {
                case OBJECT -> {
                    if (!value.isJsonObject()) {
                        problems.add(path(parent, name) + " must be an object, was " + kind(value));
                    } else if (!properties.isEmpty() || required.length > 0) {
                        checkObject(value.getAsJsonObject(), path(parent, name), problems);
                    }
                }
                case STRING -> checkString(value, parent, name, problems);
                case INTEGER -> checkInteger(value, parent, name, problems);
                case NUMBER -> {
                    if (!isNumber(value)) {
                        problems.add(path(parent, name) + " must be a number, was " + kind(value));
                    }
                }
                case BOOLEAN -> {
                    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                        problems.add(path(parent, name) + " must be true or false, was " + kind(value));
                    }
                }
                case ARRAY -> checkArray(value, parent, name, problems);
                case ANY -> {
                    // A schema without a type accepts any value.
                }
            }
        }

        private void checkString(JsonElement value, String parent, String name, List<String> problems) {
            if (!isString(value)) {
                problems.add(path(parent, name) + " must be a string, was " + kind(value));
                return;
            }
            String text = value.getAsString();
            if (enumValues != null && !enumValues.contains(value)) {
                problems.add(path(parent, name) + " must be one of " + enumValues + ", was another value");
            } else if (minLength > 0 && (text.length() < minLength
                    || text.codePointCount(0, text.length()) < minLength)) {
                problems.add(path(parent, name) + (minLength == 1 ? " must not be empty"
                        : " must have at least " + minLength + " characters"));
            } else if (uuid && !isUuid(text)) {
                problems.add(path(parent, name) + " must be a UUID");
            } else if (dateTime && !isDateTime(text)) {
                problems.add(path(parent, name) + " must be an ISO 8601 date-time with offset");
            } else if (pattern != null && !pattern.matcher(text).find()) {
                problems.add(path(parent, name) + " must match the pattern " + pattern.pattern());
            }
        }

        private void checkInteger(JsonElement value, String parent, String name, List<String> problems) {
            BigDecimal number = integer(value, int64);
            if (number == null) {
                problems.add(path(parent, name) + " must be a whole number" + (int64 ? " (int64)" : "") + ", was "
                        + kind(value));
            } else if (!fits(number)) {
                problems.add(path(parent, name) + " is out of range for " + (int64 ? "int64" : "int32"));
            } else if (minimum != null && number.compareTo(minimum) < 0) {
                problems.add(path(parent, name) + " must be at least " + minimum);
            }
        }

        private boolean fits(BigDecimal number) {
            BigInteger whole = number.toBigInteger();
            return whole.bitLength() <= (int64 ? 63 : 31);
        }

        private void checkArray(JsonElement value, String parent, String name, List<String> problems) {
            if (!value.isJsonArray()) {
                problems.add(path(parent, name) + " must be an array, was " + kind(value));
                return;
            }
            JsonArray array = value.getAsJsonArray();
            if (array.size() < minItems) {
                problems.add(path(parent, name) + " must hold at least " + minItems + (minItems == 1 ? " item" : " items"));
            }
            if (array.size() > maxItems) {
                problems.add(path(parent, name) + " must hold at most " + maxItems + " items");
            }
            if (items == null) {
                return;
            }
            String path = path(parent, name);
            for (int i = 0; i < array.size(); i++) {
                JsonElement item = array.get(i);
                if (item.isJsonNull()) {
                    problems.add(path + "[" + i + "] must not be null");
                } else {
                    items.check(item, "", path + "[" + i + "]", problems);
                }
            }
        }

        /** A whole number, or {@code null}: a JSON number without a fraction, or for int64 a string of digits. */
        private static BigDecimal integer(JsonElement value, boolean int64) {
            if (isNumber(value)) {
                Number number = value.getAsNumber();
                if (number instanceof Long || number instanceof Integer || number instanceof Short
                        || number instanceof Byte) {
                    return BigDecimal.valueOf(number.longValue());
                }
                BigDecimal decimal = value.getAsBigDecimal();
                return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0 ? decimal : null;
            }
            if (int64 && isString(value) && DIGITS.matcher(value.getAsString()).matches()) {
                return new BigDecimal(value.getAsString());
            }
            return null;
        }
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String path(String parent, String name) {
        return parent.isEmpty() ? name : name.isEmpty() ? parent : parent + "." + name;
    }

    private static String kind(JsonElement value) {
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "a boolean";
        }
        return primitive.isNumber() ? "a number" : "a string";
    }
}
