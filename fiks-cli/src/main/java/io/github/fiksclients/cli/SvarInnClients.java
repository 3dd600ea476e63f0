package io.github.fiksclients.cli;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import java.nio.file.Path;

/** Builds the {@link SvarInnClient} of a command from its options and the SvarInn variables. */
final class SvarInnClients {

    private SvarInnClients() {
    }

    /**
     * Builds a client.
     *
     * @param withPrivateKey whether to read {@value Variables#SVARINN_PRIVATE_KEY}, which only downloads need
     * @throws ConfigurationException naming the first variable or option that is missing or unusable
     */
    static SvarInnClient create(Target target, SvarInnApiVersion apiVersion, Variables variables,
            boolean withPrivateKey, boolean verbose) {
        String user = variables.require(Variables.SVARINN_USER, "the SvarInn mottakersystem's id");
        if (user.contains(":")) {
            throw new ConfigurationException(Variables.SVARINN_USER + " must not contain ':'");
        }
        SvarInnClient.Builder builder = SvarInnClient.builder()
                .mottakersystem(user, variables.requireSecret(Variables.SVARINN_PASSWORD,
                        "the SvarInn mottakersystem's password"))
                .apiVersion(apiVersion)
                .logLevel(HttpLogLevels.of(variables, verbose));
        if (withPrivateKey) {
            builder.privateKey(privateKey(variables));
        }
        try {
            target.baseUrl().ifPresentOrElse(builder::baseUrl, () -> builder.environment(target.environment()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw target.refused(e);
        }
    }

    private static KeyMaterial privateKey(Variables variables) {
        Path file = variables.requireFile(Variables.SVARINN_PRIVATE_KEY,
                "the PEM private key that forsendelser are encrypted to");
        try {
            return KeyMaterial.fromPem(file);
        } catch (FiksAuthenticationException e) {
            throw new ConfigurationException(Variables.SVARINN_PRIVATE_KEY + ": " + e.getMessage(), e);
        }
    }
}
