package io.github.fiksclients.core.integrasjon;

import com.google.gson.Gson;

/** The Gson of {@link IntegrasjonApi}, where a generated {@code JSON} class has it. */
public final class IntegrasjonJson {

    private static final Gson GSON = new Gson();

    private IntegrasjonJson() {
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
