package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpExchange;
import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.errors.ReasonPhrases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/** One HTTP request to the simulator and its response, with the helpers every endpoint needs. */
final class SimulatorExchange {

    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private static final Gson ERROR_GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final String JSON = "application/json;charset=UTF-8";

    private final HttpExchange http;
    private Map<String, List<String>> query;
    private Matcher pathMatch;
    private boolean responded;

    SimulatorExchange(HttpExchange http) {
        this.http = http;
    }

    String method() {
        return http.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** The decoded request path, without the query. */
    String path() {
        return http.getRequestURI().getPath();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    void pathMatch(Matcher match) {
        this.pathMatch = match;
    }

    String pathParam(int group) {
        return pathMatch.group(group);
    }

    /** The path parameter as a UUID; anything else cannot name a stored object, so it is a 404. */
    UUID uuidPathParam(int group, String what) {
        return uuidOrNotFound(pathParam(group), what);
    }

    static UUID uuidOrNotFound(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No " + what + " with id " + value);
        }
    }

    /** The first value of a query parameter, or {@code null}. */
    String queryParam(String name) {
        List<String> values = queryParams(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a query parameter, repeated ({@code a=1&a=2}) or comma-separated ({@code a=1,2}). */
    List<String> queryParams(String name) {
        if (query == null) {
            query = parseForm(http.getRequestURI().getRawQuery());
        }
        List<String> values = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    Integer intQueryParam(String name, int defaultValue, int min) {
        String value = queryParam(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min) {
                throw ApiException.badRequest("Query parameter " + name + " must be at least " + min);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Query parameter " + name + " is not a number: " + value);
        }
    }

    /** The request body as it arrives, for endpoints that read it as a stream; the router closes it. */
    InputStream requestBody() {
        return http.getRequestBody();
    }

    byte[] body() throws IOException {
        try (InputStream in = http.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(413, SimulatorErrorCodes.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    /** The JSON body bound to a generated model; a missing or malformed body is a 400. */
    <T> T jsonBody(Gson gson, Class<T> type) throws IOException {
        T value = optionalJsonBody(gson, type);
        if (value == null) {
            throw ApiException.badRequest("The body must be a " + type.getSimpleName() + " JSON object");
        }
        return value;
    }

    /** The JSON body bound to a generated model, or {@code null} if there is none; a malformed body is a 400. */
    <T> T optionalJsonBody(Gson gson, Class<T> type) throws IOException {
        String text = new String(body(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        try {
            return gson.fromJson(text, type);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest("The body is not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    Map<String, List<String>> formBody() throws IOException {
        return parseForm(new String(body(), StandardCharsets.UTF_8));
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    boolean responded() {
        return responded;
    }

    void respondJson(int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        setHeader("Content-Type", JSON);
        responded = true;
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    void respondEmpty(int status) throws IOException {
        responded = true;
        http.sendResponseHeaders(status, -1);
    }

    /** Starts a chunked response of unknown length; the caller writes the body and closes the stream. */
    OutputStream respondStream(int status, String contentType) throws IOException {
        setHeader("Content-Type", contentType);
        responded = true;
        http.sendResponseHeaders(status, 0);
        return http.getResponseBody();
    }

    void respondError(int status, String errorCode, String message, JsonObject errorJson) throws IOException {
        FiksError error = FiksError.builder()
                .timestamp(Instant.now())
                .status(status)
                .error(ReasonPhrases.of(status, "HTTP " + status))
                .errorId(UUID.randomUUID().toString())
                .path(path())
                .originalPath(path())
                .message(message)
                .errorCode(errorCode)
                .errorJson(errorJson)
                .build();
        respondJson(status, ERROR_GSON.toJson(error));
    }

    void respondError(ApiException e) throws IOException {
        respondError(e.status(), e.errorCode(), e.getMessage(), e.errorJson());
    }

    void close() {
        http.close();
    }

    private static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed percent-encoding in the query or form");
        }
    }
}
