package io.github.fiksclients.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Applies an RFC 7396 JSON Merge Patch: objects merge recursively, {@code null} deletes a member, anything else
 * (arrays, strings, numbers, booleans) replaces the target's value. Small enough to state here rather than pull in
 * a JSON-Patch library for one function.
 */
public final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /**
     * Returns the target with the patch applied; neither argument is changed.
     *
     * @param target the document to patch, or {@code null} for none
     * @param patch the merge patch
     * @return the patched document
     */
    public static JsonElement apply(JsonElement target, JsonElement patch) {
        if (!patch.isJsonObject()) {
            return patch.deepCopy();
        }
        JsonObject result = target != null && target.isJsonObject()
                ? target.getAsJsonObject().deepCopy()
                : new JsonObject();
        for (Map.Entry<String, JsonElement> member : patch.getAsJsonObject().entrySet()) {
            if (member.getValue().isJsonNull()) {
                result.remove(member.getKey());
            } else {
                result.add(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
