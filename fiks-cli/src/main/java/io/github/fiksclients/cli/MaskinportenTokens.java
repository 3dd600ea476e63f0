package io.github.fiksclients.cli;

import io.github.fiksclients.auth.MaskinportenEnvironment;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.errors.FiksAuthenticationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** Builds the {@link MaskinportenTokenProvider} of the integration from the Maskinporten variables. */
final class MaskinportenTokens {

    private MaskinportenTokens() {
    }

    /**
     * Builds the provider: the issuer, a PKCS#12 keystore or a PEM key and certificate, and the token endpoint of
     * the variables or else of the environment.
     *
     * @throws ConfigurationException naming the variable that is missing, contradicts another or cannot be used
     */
    static MaskinportenTokenProvider create(Variables variables, FiksEnvironment environment) {
        MaskinportenTokenProvider.Builder builder = MaskinportenTokenProvider.builder()
                .issuer(variables.require(Variables.MASKINPORTEN_ISSUER, "the Maskinporten client id"));
        endpoint(variables, environment, builder);
        String keyVariables = keys(variables, builder);
        try {
            return builder.build();
        } catch (FiksAuthenticationException e) {
            throw new ConfigurationException(keyVariables + ": " + e.getMessage(), e);
        }
    }

    private static void endpoint(Variables variables, FiksEnvironment environment,
            MaskinportenTokenProvider.Builder builder) {
        Optional<String> tokenUrl = variables.optional(Variables.MASKINPORTEN_TOKEN_URL);
        Optional<String> audience = variables.optional(Variables.MASKINPORTEN_AUDIENCE);
        if (tokenUrl.isEmpty() && audience.isEmpty()) {
            builder.environment(environment == FiksEnvironment.PROD
                    ? MaskinportenEnvironment.PROD : MaskinportenEnvironment.TEST);
            return;
        }
        URI endpoint = tokenEndpoint(variables.require(Variables.MASKINPORTEN_TOKEN_URL,
                "needed with " + Variables.MASKINPORTEN_AUDIENCE));
        try {
            builder.tokenEndpoint(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Variables.MASKINPORTEN_TOKEN_URL + ": " + e.getMessage(), e);
        }
        builder.audience(variables.require(Variables.MASKINPORTEN_AUDIENCE,
                "needed with " + Variables.MASKINPORTEN_TOKEN_URL));
    }

    private static URI tokenEndpoint(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(value, "not an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(
                    Variables.MASKINPORTEN_TOKEN_URL + " is not an absolute http or https URL");
        }
    }

    /** Sets the signing key; returns the names of the variables it came from, for errors. */
    private static String keys(Variables variables, MaskinportenTokenProvider.Builder builder) {
        boolean keystore = variables.optional(Variables.MASKINPORTEN_KEYSTORE).isPresent();
        boolean pem = variables.optional(Variables.MASKINPORTEN_KEY).isPresent();
        if (keystore && pem) {
            throw new ConfigurationException("Set either " + Variables.MASKINPORTEN_KEYSTORE + " or "
                    + Variables.MASKINPORTEN_KEY + ", not both");
        }
        if (keystore) {
            builder.pkcs12(variables.requireFile(Variables.MASKINPORTEN_KEYSTORE, "the PKCS#12 keystore"),
                    variables.requireSecret(Variables.MASKINPORTEN_KEYSTORE_PASSWORD, "the keystore's password"),
                    variables.require(Variables.MASKINPORTEN_KEY_ALIAS, "the alias of the key in the keystore"));
            return Variables.MASKINPORTEN_KEYSTORE;
        }
        if (pem) {
            Path key = variables.requireFile(Variables.MASKINPORTEN_KEY, "the PEM private key");
            builder.pem(key, variables.requireFile(Variables.MASKINPORTEN_CERT, "the PEM certificate of the key"));
            return Variables.MASKINPORTEN_KEY + "/" + Variables.MASKINPORTEN_CERT;
        }
        throw new ConfigurationException("Neither " + Variables.MASKINPORTEN_KEYSTORE + " nor "
                + Variables.MASKINPORTEN_KEY + " is set (the Maskinporten signing key: a PKCS#12 keystore, or a PEM "
                + "key with " + Variables.MASKINPORTEN_CERT + ")");
    }
}
