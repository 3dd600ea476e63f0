package io.github.fiksclients.auth;

import java.util.Arrays;
import java.util.Objects;

/**
 * The ways a Fiks API authenticates its callers, as the service manifest ({@code specs/specs.json}) names them.
 *
 * <p>Each generated API declares the modes it accepts; a client refuses to create an API whose modes do not
 * include its own {@link FiksAuthentication#mode()}, so a wrong credential is found before anything is sent.
 */
public enum AuthenticationMode {

    /** A Maskinporten token plus the integration's {@code IntegrasjonId} and {@code IntegrasjonPassord}. */
    INTEGRASJON("integrasjon"),

    /** A citizen's ID-porten token plus the integration's {@code IntegrasjonId} and {@code IntegrasjonPassord}. */
    INTEGRASJON_PERSON("integrasjon-person"),

    /** HTTP Basic, as SvarInn receiving systems use. */
    BASIC("basic");

    private final String manifestName;

    AuthenticationMode(String manifestName) {
        this.manifestName = manifestName;
    }

    /**
     * The name of this mode in the service manifest.
     *
     * @return for example {@code integrasjon-person}
     */
    public String manifestName() {
        return manifestName;
    }

    /**
     * Finds the mode the manifest names.
     *
     * @param manifestName for example {@code integrasjon}
     * @return the mode
     * @throws IllegalArgumentException if no mode has that name
     */
    public static AuthenticationMode fromManifestName(String manifestName) {
        Objects.requireNonNull(manifestName, "manifestName");
        return Arrays.stream(values())
                .filter(mode -> mode.manifestName.equals(manifestName.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown authentication mode '" + manifestName
                        + "'; known: integrasjon, integrasjon-person, basic"));
    }
}
