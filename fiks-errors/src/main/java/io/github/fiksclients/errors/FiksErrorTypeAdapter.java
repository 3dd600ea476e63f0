package io.github.fiksclients.errors;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes {@link FiksError} in the Fiks wire format, where {@code timestamp} is epoch milliseconds.
 *
 * <p>Reading is forgiving: unknown properties are skipped, a value of an unexpected JSON type leaves its
 * field unset, and a body that is not a JSON object reads as {@code null}.
 */
public final class FiksErrorTypeAdapter extends TypeAdapter<FiksError> {

    private static final TypeAdapter<JsonElement> JSON_ELEMENT = new Gson().getAdapter(JsonElement.class);

    /** Creates the adapter; Gson does so itself through {@code @JsonAdapter} on {@link FiksError}. */
    public FiksErrorTypeAdapter() {
    }

    @Override
    public void write(JsonWriter out, FiksError value) throws IOException {
        if (value == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        if (value.timestamp() != null) {
            out.name("timestamp").value(value.timestamp().toEpochMilli());
        }
        if (value.status() != null) {
            out.name("status").value(value.status());
        }
        writeString(out, "error", value.error());
        writeString(out, "errorId", value.errorId());
        writeString(out, "path", value.path());
        writeString(out, "originalPath", value.originalPath());
        writeString(out, "message", value.message());
        writeString(out, "errorCode", value.errorCode());
        if (value.errorJson().isPresent()) {
            out.name("errorJson");
            JSON_ELEMENT.write(out, value.errorJson().get());
        }
        out.endObject();
    }

    private static void writeString(JsonWriter out, String name, String value) throws IOException {
        if (value != null) {
            out.name(name).value(value);
        }
    }

    @Override
    public FiksError read(JsonReader in) throws IOException {
        JsonElement element = JsonParser.parseReader(in);
        if (!element.isJsonObject()) {
            return null;
        }
        JsonObject body = element.getAsJsonObject();
        return FiksError.builder()
                .timestamp(timestamp(body.get("timestamp")))
                .status(integer(body.get("status")))
                .error(string(body.get("error")))
                .errorId(string(body.get("errorId")))
                .path(string(body.get("path")))
                .originalPath(string(body.get("originalPath")))
                .message(string(body.get("message")))
                .errorCode(string(body.get("errorCode")))
                .errorJson(object(body.get("errorJson")))
                .build();
    }

    private static boolean isPrimitive(JsonElement value) {
        return value != null && value.isJsonPrimitive();
    }

    private static String string(JsonElement value) {
        return isPrimitive(value) ? value.getAsString() : null;
    }

    private static Integer integer(JsonElement value) {
        if (!isPrimitive(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.getAsString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant timestamp(JsonElement value) {
        if (!isPrimitive(value)) {
            return null;
        }
        try {
            if (value.getAsJsonPrimitive().isNumber()) {
                return Instant.ofEpochMilli(value.getAsLong());
            }
            return Instant.parse(value.getAsString());
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static JsonObject object(JsonElement value) {
        if (value != null && value.isJsonObject()) {
            return value.getAsJsonObject();
        }
        if (isPrimitive(value) && value.getAsJsonPrimitive().isString()) {
            return objectInText(value.getAsString());
        }
        return null;
    }

    /** Some services send {@code errorJson} as a string holding the JSON object, as their specs declare it. */
    private static JsonObject objectInText(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

}
