package io.github.fiksclients.innsyn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON fixtures under {@code src/test/resources}. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Returns a fixture file from the test class path as text.
     *
     * @param name the path below {@code src/test/resources}, such as {@code "soklegacy/each-kind-of-hit.json"}
     * @return the file's content
     */
    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
