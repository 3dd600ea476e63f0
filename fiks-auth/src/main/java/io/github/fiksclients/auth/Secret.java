package io.github.fiksclients.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret string, such as a password or a token, that is never shown by {@code toString()}.
 *
 * <p>Use {@link #reveal()} only where the value must go on the wire. Two secrets are equal when their values are.
 * In this project's own tests, every value wrapped here is also given to the secret scan, which then fails any
 * test whose output shows it; nothing of the kind happens outside those tests.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @param value the secret; not null and not blank
     * @return the secret
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "The secret value must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("The secret value must not be blank");
        }
        SecretObservers.observe(value);
        return new Secret(value);
    }

    /**
     * Returns the secret value, to put it on the wire.
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Hides the value.
     *
     * @return {@code ****}
     */
    @Override
    public String toString() {
        return "****";
    }
}
