package io.github.fiksclients.core;

import java.util.Objects;
import okhttp3.HttpUrl;

/** The Fiks hosts, each with its base URL per {@link FiksEnvironment}. */
public enum FiksHost {

    /** The Fiks API gateway, serving most Fiks services (such as Innsyn). */
    FIKS_API("https://api.fiks.test.ks.no/", "https://api.fiks.ks.no/"),

    /** SvarUt and SvarInn. */
    SVARUT("https://test.svarut.ks.no/tjenester/", "https://svarut.ks.no/tjenester/");

    private final HttpUrl test;
    private final HttpUrl prod;

    FiksHost(String test, String prod) {
        this.test = HttpUrl.get(test);
        this.prod = HttpUrl.get(prod);
    }

    /**
     * The base URL of this host in an environment.
     *
     * @param environment test or production
     * @return the base URL, ending with {@code /}
     */
    public HttpUrl baseUrl(FiksEnvironment environment) {
        return Objects.requireNonNull(environment, "environment") == FiksEnvironment.PROD ? prod : test;
    }
}
