package io.github.fiksclients.innsyn;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Reads an {@link InnsynMelding} from its JSON form; see {@link InnsynMelding#fromJson(String)}. */
final class MeldingJson {

    private static final Set<String> FIELDS = Set.of("meldingId", "fiksOrganisasjonId", "sikkerhetsniva",
            "eksponertFor", "versjon", "metadata", "meldingMetadata", "eksternRef", "tilgjengeligTil");

    private final JsonObject json;
    private final List<String> problems = new ArrayList<>();

    private MeldingJson(JsonObject json) {
        this.json = json;
    }

    static InnsynMelding parse(String text) {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalStateException("InnsynMelding: not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!tree.isJsonObject()) {
            throw new IllegalStateException("InnsynMelding: must be a JSON object");
        }
        return new MeldingJson(tree.getAsJsonObject()).read();
    }

    private InnsynMelding read() {
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted()
                .forEach(name -> problems.add("unknown field " + name));
        UUID meldingId = value("meldingId", "a UUID", element -> UUID.fromString(element.getAsString()));
        InnsynMelding.Builder builder = InnsynMelding.builder()
                .meldingId(meldingId)
                .fiksOrganisasjonId(value("fiksOrganisasjonId", "a UUID", e -> UUID.fromString(e.getAsString())))
                .sikkerhetsniva(value("sikkerhetsniva", "a whole number", MeldingJson::integer))
                .eksponertFor(eksponertFor())
                .versjon(this.<MeldingVersjon>value("versjon", "a name such as forsendelseV2",
                        e -> MeldingVersjon.of(string(e))))
                .metadataJson(metadata())
                .eksternRef(value("eksternRef", "a string", MeldingJson::string))
                .tilgjengeligTil(value("tilgjengeligTil", "an ISO 8601 date-time with offset",
                        e -> OffsetDateTime.parse(string(e))));
        if (!problems.isEmpty()) {
            String name = meldingId == null ? "InnsynMelding" : "InnsynMelding " + meldingId;
            throw new IllegalStateException(name + ": " + String.join("; ", problems));
        }
        return builder.build();
    }

    /**
     * The metadata as JSON text: {@code metadata} as a JSON object, or {@code meldingMetadata}, the index API's name,
     * as a JSON object or as the Base64 of one, as on the wire.
     */
    private String metadata() {
        JsonElement metadata = present("metadata");
        JsonElement meldingMetadata = present("meldingMetadata");
        if (metadata != null && meldingMetadata != null) {
            problems.add("give metadata or meldingMetadata, not both");
            return null;
        }
        if (metadata != null) {
            if (!metadata.isJsonObject()) {
                problems.add("metadata must be a JSON object, was " + kind(metadata));
                return null;
            }
            return metadata.toString();
        }
        if (meldingMetadata == null) {
            return null;
        }
        if (meldingMetadata.isJsonObject()) {
            return meldingMetadata.toString();
        }
        if (!isString(meldingMetadata)) {
            problems.add("meldingMetadata must be a JSON object or the Base64 of one, was " + kind(meldingMetadata));
            return null;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(
                    Base64.getDecoder().decode(meldingMetadata.getAsString().strip()))).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            problems.add("meldingMetadata is a string but not the Base64 of UTF-8 text (give the metadata as a "
                    + "JSON object, or Base64-encoded as on the wire)");
            return null;
        }
        try {
            JsonElement tree = JsonParser.parseString(decoded);
            if (tree.isJsonObject()) {
                return tree.toString();
            }
            problems.add("meldingMetadata is Base64 of " + kind(tree) + ", not of a JSON object");
        } catch (JsonParseException e) {
            problems.add("meldingMetadata is Base64, but not of valid JSON");
        }
        return null;
    }

    private static String kind(JsonElement element) {
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        return isString(element) ? "a string" : "a single value";
    }

    private JsonElement present(String field) {
        JsonElement element = json.get(field);
        return element == null || element.isJsonNull() ? null : element;
    }

    private <T> T value(String field, String expected, Function<JsonElement, T> conversion) {
        JsonElement element = present(field);
        if (element == null) {
            return null;
        }
        try {
            return conversion.apply(element);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException
                | DateTimeParseException | ArithmeticException e) {
            problems.add(field + " must be " + expected + ", was " + element);
            return null;
        }
    }

    /** Reads eksponertFor without ever putting its value, which may be a fødselsnummer, in a message. */
    private EksponertFor eksponertFor() {
        JsonElement element = present("eksponertFor");
        if (element == null) {
            return null;
        }
        JsonElement type = element.isJsonObject() ? element.getAsJsonObject().get("identifikatorType") : null;
        JsonElement verdi = element.isJsonObject() ? element.getAsJsonObject().get("verdi") : null;
        if (type == null || verdi == null || !isString(type) || !isString(verdi)) {
            problems.add("eksponertFor must be an object with the strings identifikatorType and verdi");
            return null;
        }
        EksponertFor.IdentifikatorType kind = Arrays.stream(EksponertFor.IdentifikatorType.values())
                .filter(candidate -> candidate.name().equals(type.getAsString()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            problems.add("eksponertFor.identifikatorType must be one of "
                    + Arrays.toString(EksponertFor.IdentifikatorType.values()) + ", was " + type);
            return null;
        }
        try {
            return new EksponertFor(kind, verdi.getAsString());
        } catch (IllegalArgumentException e) {
            problems.add("eksponertFor: " + e.getMessage());
            return null;
        }
    }

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    private static String string(JsonElement element) {
        if (element == null || !isString(element)) {
            throw new IllegalArgumentException("not a string");
        }
        return element.getAsString();
    }

    private static Integer integer(JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("not a number");
        }
        return element.getAsBigDecimal().intValueExact();
    }
}
