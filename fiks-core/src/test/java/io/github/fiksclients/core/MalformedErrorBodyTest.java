package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fiksclients.errors.FiksBadRequestException;
import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.errors.FiksErrorParser;
import io.github.fiksclients.errors.FiksServerException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedErrorBodyTest {

    private static final int EXCERPT_LIMIT = FiksErrorParser.MAX_EXCERPT_BYTES + "...".length();

    @RegisterExtension
    final ProbeServer probe = new ProbeServer();

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("empty", "application/json", new Buffer(), ""),
                Arguments.of("HTML from a proxy", "text/html",
                        new Buffer().writeUtf8("<html><body><h1>502 Bad Gateway</h1></body></html>"),
                        "<html><body><h1>502 Bad Gateway</h1></body></html>"),
                Arguments.of("truncated JSON", "application/json",
                        new Buffer().writeUtf8("{\"status\":500,\"message\":\"Intern fe"), "{\"status\":500,\"message\":\"Intern fe"),
                Arguments.of("JSON array", "application/json", new Buffer().writeUtf8("[1,2,3]"), "[1,2,3]"),
                Arguments.of("JSON string", "application/json", new Buffer().writeUtf8("\"failed\""), "\"failed\""),
                Arguments.of("JSON of another shape", "application/json",
                        new Buffer().writeUtf8("{\"fault\":{\"code\":42}}"), "{\"fault\":{\"code\":42}}"),
                Arguments.of("non-UTF-8 bytes", "text/plain",
                        new Buffer().write(new byte[] {'F', 'e', 'i', 'l', ' ', (byte) 0xE6, (byte) 0xF8, (byte) 0xFF}),
                        "Feil \uFFFD\uFFFD\uFFFD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void unreadableBodyGivesTypedExceptionWithExcerpt(String name, String contentType, Buffer body, String excerpt) {
        probe.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", contentType).body(body).build());

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class, () -> probe.api.get().execute());

        assertThat(thrown.status()).isEqualTo(500);
        assertThat(thrown.fiksError()).isEmpty();
        assertThat(thrown.bodyExcerpt()).isEqualTo(excerpt);
    }

    @Test
    void tenMegabyteBodyIsReadOnlyInPart() {
        byte[] megabyte = new byte[1024 * 1024];
        java.util.Arrays.fill(megabyte, (byte) 'x');
        Buffer body = new Buffer();
        for (int i = 0; i < 10; i++) {
            body.write(megabyte);
        }
        probe.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/plain").body(body).build());

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class, () -> probe.api.get().execute());

        assertThat(thrown.fiksError()).isEmpty();
        assertThat(thrown.bodyExcerpt()).hasSize(EXCERPT_LIMIT).endsWith("xx...");
        assertThat(thrown.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void excerptEscapesControlCharacters() {
        probe.enqueue(500, "text/plain", "line one\nline two\u001b[31m\ttab");

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class, () -> probe.api.get().execute());

        assertThat(thrown.bodyExcerpt()).isEqualTo("line one\\nline two\\u001b[31m\\ttab");
    }

    @Test
    void excerptDoesNotSplitACharacterAtTheCut() {
        String body = "a".repeat(FiksErrorParser.MAX_EXCERPT_BYTES - 1) + "\u00e6\u00f8\u00e5";
        probe.enqueue(500, "text/plain; charset=utf-8", body);

        FiksServerException thrown = catchThrowableOfType(FiksServerException.class, () -> probe.api.get().execute());

        assertThat(thrown.bodyExcerpt()).isEqualTo("a".repeat(FiksErrorParser.MAX_EXCERPT_BYTES - 1) + "...");
    }

    @Test
    void fiksErrorFieldsOfWrongTypesAreLeftUnset() {
        probe.enqueue(400, "application/json",
                "{\"status\":\"bad\",\"timestamp\":\"yesterday\",\"message\":\"Ugyldig\",\"errorJson\":[1]}");

        FiksBadRequestException thrown = catchThrowableOfType(FiksBadRequestException.class,
                () -> probe.api.get().execute());

        FiksError error = thrown.fiksError().orElseThrow();
        assertThat(error.message()).isEqualTo("Ugyldig");
        assertThat(error.status()).isNull();
        assertThat(error.timestamp()).isNull();
        assertThat(error.errorJson()).isEmpty();
    }
}
