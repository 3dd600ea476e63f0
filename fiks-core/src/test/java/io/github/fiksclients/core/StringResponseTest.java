package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksUnreadableResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code FiksCall<String>} is read by what the server says it sent: a JSON string without quotes, or text. */
class StringResponseTest {

    @RegisterExtension
    final ProbeServer probe = new ProbeServer();

    @Test
    void aJsonStringIsDecoded() {
        probe.enqueue(200, "application/json", "\"DOED\"");

        assertThat(probe.api.getText().execute()).isEqualTo("DOED");
    }

    @Test
    void aJsonStringWithEscapesIsDecoded() {
        probe.enqueue(200, "application/problem+json; charset=UTF-8", "\"Kari \\\"Nordmann\\\" \\u00f8\"");

        assertThat(probe.api.getText().execute()).isEqualTo("Kari \"Nordmann\" ø");
    }

    @Test
    void textIsReturnedAsItIs() {
        probe.enqueue(200, "text/plain; charset=UTF-8", "\"quoted\" text");

        assertThat(probe.api.getText().execute()).isEqualTo("\"quoted\" text");
    }

    @Test
    void aBodyWithoutContentTypeIsText() {
        probe.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("DOED").build());

        assertThat(probe.api.getText().execute()).isEqualTo("DOED");
    }

    @Test
    void aJsonObjectWhereAStringIsExpectedIsUnreadable() {
        probe.enqueue(200, "application/json", "{\"status\":\"DOED\"}");

        assertThatThrownBy(() -> probe.api.getText().execute())
                .isInstanceOf(FiksUnreadableResponseException.class);
    }
}
