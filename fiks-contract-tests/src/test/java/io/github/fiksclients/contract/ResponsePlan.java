package io.github.fiksclients.contract;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.MockResponse;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.assertj.core.api.SoftAssertions;

/**
 * The answer to one operation, built from its first 2xx response in the spec, and what executing the generated call
 * must return for it: the decoded model with every value of the answer (a property the schema declares comes back
 * set), the streamed bytes of a file, or nothing.
 */
final class ResponsePlan {

    private final SpecOperation operation;
    private final Type returnType;
    private final int status;
    private final String contentType;
    private final JsonElement json;
    private final String text;
    private final byte[] bytes;

    private ResponsePlan(SpecOperation operation, Type returnType, int status, String contentType, JsonElement json,
            String text, byte[] bytes) {
        this.operation = operation;
        this.returnType = returnType;
        this.status = status;
        this.contentType = contentType;
        this.json = json;
        this.text = text;
        this.bytes = bytes;
    }

    /**
     * Builds the answer for an operation.
     *
     * @param operation the spec's operation
     * @param method the generated method, whose {@code FiksCall<T>} says what it decodes into
     * @param samples the sample maker for the operation's spec
     * @return the plan
     */
    static ResponsePlan of(SpecOperation operation, Method method, Samples samples) {
        Type returnType = bodyType(method);
        Map<Integer, ApiResponse> successes = new TreeMap<>();
        operation.operation().getResponses().forEach((code, response) -> {
            if (code.length() == 3 && code.startsWith("2")) {
                successes.put(Integer.parseInt(code), resolve(operation, response));
            }
        });
        if (successes.isEmpty()) {
            ApiResponse fallback = operation.operation().getResponses().getDefault();
            if (fallback == null) {
                throw new AssertionError(operation + ": the spec declares no 2xx or default response");
            }
            successes.put(200, resolve(operation, fallback));
        }
        Map.Entry<Integer, ApiResponse> success = successes.entrySet().iterator().next();
        int status = success.getKey();
        Map<String, MediaType> content = success.getValue().getContent();
        if (status == 204 || content == null || content.isEmpty()) {
            return new ResponsePlan(operation, returnType, status, null, null, null, null);
        }
        Map.Entry<String, MediaType> first = content.entrySet().iterator().next();
        Schema<?> schema = first.getValue().getSchema() == null ? null : samples.resolve(first.getValue().getSchema());
        if (schema == null) {
            return new ResponsePlan(operation, returnType, status, first.getKey(), null, null, null);
        }
        String mediaType = first.getKey();
        if ("string".equals(schema.getType())
                && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()))) {
            String type = mediaType.contains("*") ? "application/octet-stream" : mediaType;
            return new ResponsePlan(operation, returnType, status, type, null, null,
                    RequestPlan.Bytes.of(operation + " response", 4099));
        }
        JsonElement value = samples.of(schema, "response");
        if (mediaType.startsWith("text/")) {
            return new ResponsePlan(operation, returnType, status, mediaType, value, value.getAsString(), null);
        }
        String type = mediaType.contains("*") ? "application/json" : mediaType;
        return new ResponsePlan(operation, returnType, status, type, value, null, null);
    }

    private static ApiResponse resolve(SpecOperation operation, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return operation.openApi().getComponents().getResponses().get(name);
    }

    private static Type bodyType(Method method) {
        if (method.getGenericReturnType() instanceof ParameterizedType call
                && call.getRawType().getTypeName().equals("io.github.fiksclients.core.FiksCall")) {
            return call.getActualTypeArguments()[0];
        }
        throw new AssertionError(method + " does not return FiksCall<T>");
    }

    /**
     * The answer the server gives.
     *
     * @return the mock response
     */
    MockResponse response() {
        MockResponse.Builder response = new MockResponse.Builder().code(status);
        if (contentType != null) {
            response.setHeader("Content-Type", contentType);
        }
        if (bytes != null) {
            response.body(new Buffer().write(bytes));
        } else if (text != null) {
            response.body(text);
        } else if (json != null) {
            response.body(json.toString());
        }
        return response.build();
    }

    /**
     * Checks what executing the call returned.
     *
     * @param result the call's result
     * @param gson the generated models' Gson, to write the result back as JSON
     * @param softly collects the differences
     * @throws IOException if a streamed body cannot be read
     */
    void check(Object result, Gson gson, SoftAssertions softly) throws IOException {
        if (bytes != null) {
            softly.assertThat(returnType).as("the generated return type of a file").isEqualTo(ResponseBody.class);
            if (result instanceof ResponseBody body) {
                try (body) {
                    softly.assertThat(body.bytes()).as("the streamed file").isEqualTo(bytes);
                }
            }
            return;
        }
        if (json == null) {
            softly.assertThat(returnType).as("the generated return type of an answer without content")
                    .isEqualTo(Void.class);
            softly.assertThat(result).as("the result of an answer without content").isNull();
            return;
        }
        softly.assertThat(result).as("the decoded answer").isNotNull();
        if (result != null) {
            JsonElement decoded = gson.toJsonTree(result, returnType);
            softly.assertThat(JsonDiff.between(json, decoded))
                    .as("differences between the answer and what it decoded into (" + returnType.getTypeName() + ")")
                    .isEmpty();
        }
    }
}
