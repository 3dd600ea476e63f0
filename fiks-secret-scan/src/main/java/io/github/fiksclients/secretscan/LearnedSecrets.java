package io.github.fiksclients.secretscan;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The secrets the tests of this JVM actually use: every value wrapped in fiks-auth's {@code Secret} (passwords,
 * tokens, keystore passwords, Basic credentials), handed over by fiks-auth through {@code META-INF/services} as soon
 * as it is wrapped, and the credentials registered in a simulator (which wraps them too). The scan looks for them
 * as for the listed ones, so a test needs no list entry for a value of its own.
 *
 * <p>Left out: values shorter than 6 characters, which cannot be told apart from harmless text; JWTs, which the
 * scan finds by their form anyway; and the values {@value SecretScan#SECRETS_RESOURCE} lists as published.
 */
public final class LearnedSecrets implements Consumer<String> {

    /** The shortest value that is looked for. */
    static final int MIN_LENGTH = 6;

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /** Creates the observer; fiks-auth does, through the service loader. */
    public LearnedSecrets() {
        // Stateless: what is learned belongs to the JVM.
    }

    /**
     * Learns a value a test wrapped as a secret.
     *
     * @param value the value
     */
    @Override
    public void accept(String value) {
        learn(value);
    }

    /**
     * Learns a secret value, unless it is too short, a JWT, or published.
     *
     * @param value the value
     */
    static void learn(String value) {
        String secret = value.strip();
        if (secret.length() >= MIN_LENGTH && !JWT.matcher(secret).matches()
                && !SecretScan.PUBLISHED_VALUES.contains(secret)) {
            VALUES.add(secret);
        }
    }

    /**
     * The values learned so far.
     *
     * @return a copy, in no particular order
     */
    static List<String> values() {
        return List.copyOf(VALUES);
    }
}
