package io.github.fiksclients.errors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the HTTP {@code Retry-After} header, in both of its forms: delay-seconds and HTTP-date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Reads a {@code Retry-After} value as a delay from now.
     *
     * @param value the header value, such as {@code 120} or {@code Wed, 21 Oct 2026 07:28:00 GMT}; may be null
     * @param now the current time, to turn a date into a delay
     * @return the delay (zero for a date in the past), or empty if the value is missing or unreadable
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, date);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
