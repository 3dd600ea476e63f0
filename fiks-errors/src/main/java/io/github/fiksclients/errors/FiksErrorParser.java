package io.github.fiksclients.errors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads error response bodies safely: the {@link FiksError} in a body if there is one, and a short printable
 * excerpt. The runtime reads at most {@link #MAX_BODY_BYTES} of a body and hands them here.
 *
 * <p>None of these methods throws, whatever the body holds: nothing, HTML from a proxy, truncated or foreign
 * JSON, megabytes of data or bytes that are not UTF-8.
 */
public final class FiksErrorParser {

    /** The most bytes of an error body that the runtime reads; the rest is discarded. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The most bytes of an error body that go into an excerpt. */
    public static final int MAX_EXCERPT_BYTES = 1024;

    private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    private FiksErrorParser() {
    }

    /**
     * Parses a body as a Fiks error.
     *
     * @param body the raw body; may be null
     * @return the error, or empty if the body is not a JSON object with at least one Fiks error field
     */
    public static Optional<FiksError> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            FiksError error = GSON.fromJson(reader, FiksError.class);
            return error == null || error.isEmpty() ? Optional.empty() : Optional.of(error);
        } catch (IOException | RuntimeException e) {
            // The contract is to never throw: any body Gson cannot read, however it fails, is simply not a Fiks error.
            return Optional.empty();
        }
    }

    /**
     * Makes a short, printable excerpt of a body for messages and logs.
     *
     * <p>Takes at most {@link #MAX_EXCERPT_BYTES}, decodes them as UTF-8 replacing unreadable bytes, escapes
     * control characters (such as {@code \n} or {@code \u001b}) and marks a cut with {@code ...}.
     *
     * @param body the raw body; may be null
     * @return the excerpt, empty for an empty body
     */
    public static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        int length = Math.min(body.length, MAX_EXCERPT_BYTES);
        boolean cut = length < body.length;
        if (cut) {
            length = withoutPartialCharacter(body, length);
        }
        StringBuilder excerpt = new StringBuilder(length + 8);
        for (char c : new String(body, 0, length, StandardCharsets.UTF_8).toCharArray()) {
            appendEscaped(excerpt, c);
        }
        if (cut) {
            excerpt.append("...");
        }
        return excerpt.toString();
    }

    /** Moves a cut back to the start of a UTF-8 sequence, so the last character is not shown as unreadable. */
    private static int withoutPartialCharacter(byte[] body, int length) {
        int cut = length;
        while (cut > 0 && length - cut < 3 && isContinuation(body[cut])) {
            cut--;
        }
        return isContinuation(body[cut]) ? length : cut;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
