package io.github.fiksclients.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between two JSON values, each named by its path ({@code $.dokumenter[0].filnavn}); numbers are
 * compared by value, so {@code 1} and {@code 1.0} are the same.
 */
final class JsonDiff {

    private JsonDiff() {
    }

    /**
     * Compares two values.
     *
     * @param expected what the spec's sample says
     * @param actual what crossed the wire or came back
     * @return one line per difference; empty if they are the same
     */
    static List<String> between(JsonElement expected, JsonElement actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonElement expected, JsonElement actual, List<String> out) {
        if (expected == null || expected.isJsonNull()) {
            if (actual != null && !actual.isJsonNull()) {
                out.add(path + ": expected nothing, got " + actual);
            }
            return;
        }
        if (actual == null || actual.isJsonNull()) {
            out.add(path + ": missing (expected " + expected + ")");
            return;
        }
        if (expected.isJsonObject() && actual.isJsonObject()) {
            JsonObject e = expected.getAsJsonObject();
            JsonObject a = actual.getAsJsonObject();
            Set<String> names = new TreeSet<>(e.keySet());
            names.addAll(a.keySet());
            for (String name : names) {
                compare(path + "." + name, e.get(name), a.get(name), out);
            }
        } else if (expected.isJsonArray() && actual.isJsonArray()) {
            int size = Math.max(expected.getAsJsonArray().size(), actual.getAsJsonArray().size());
            for (int i = 0; i < size; i++) {
                JsonElement e = i < expected.getAsJsonArray().size() ? expected.getAsJsonArray().get(i) : null;
                JsonElement a = i < actual.getAsJsonArray().size() ? actual.getAsJsonArray().get(i) : null;
                compare(path + "[" + i + "]", e, a, out);
            }
        } else if (expected.isJsonPrimitive() && actual.isJsonPrimitive()
                && expected.getAsJsonPrimitive().isNumber() && actual.getAsJsonPrimitive().isNumber()) {
            if (expected.getAsBigDecimal().compareTo(actual.getAsBigDecimal()) != 0) {
                out.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
