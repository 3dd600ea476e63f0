package io.github.fiksclients.core;

import com.google.gson.Gson;

/** The Gson of the test interfaces, in the place a generated {@code JSON} class has it. */
final class TestJson {

    private static final Gson GSON = new Gson();

    private TestJson() {
    }

    /**
     * The Gson.
     *
     * @return the Gson
     */
    public static Gson gson() {
        return GSON;
    }
}
