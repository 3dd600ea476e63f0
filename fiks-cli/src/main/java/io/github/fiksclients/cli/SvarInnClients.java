package io.github.fiksclients.cli;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
            builder.privateKeys(privateKeys(variables));
        }
        try {
            target.baseUrl().ifPresentOrElse(builder::baseUrl, () -> builder.environment(target.environment()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw target.refused(e);
        }
    }

    /**
     * Reads the PEM files {@value Variables#SVARINN_PRIVATE_KEY} lists, separated by the OS's path separator (for a
     * key rotation: the new key and the old). A file that holds a certificate after its key gives both, so the
     * envelope's recipient is matched by the certificate.
     */
    private static List<KeyMaterial> privateKeys(Variables variables) {
        String value = variables.require(Variables.SVARINN_PRIVATE_KEY,
                "the PEM private key that forsendelser are encrypted to");
        List<KeyMaterial> keys = new ArrayList<>();
        for (String each : value.split(Pattern.quote(File.pathSeparator))) {
            if (each.isBlank()) {
                continue;
            }
            Path file = Variables.readableFile(Variables.SVARINN_PRIVATE_KEY, each);
            try {
                keys.add(holdsCertificate(file) ? KeyMaterial.fromPem(file, file) : KeyMaterial.fromPem(file));
            } catch (FiksAuthenticationException e) {
                throw new ConfigurationException(Variables.SVARINN_PRIVATE_KEY + ": " + e.getMessage(), e);
            }
        }
        if (keys.isEmpty()) {
            throw new ConfigurationException(Variables.SVARINN_PRIVATE_KEY + " names no file");
        }
        return keys;
    }

    private static boolean holdsCertificate(Path pem) {
        try {
            return Files.readString(pem, StandardCharsets.ISO_8859_1).contains("-----BEGIN CERTIFICATE-----");
        } catch (IOException e) {
            throw new ConfigurationException(Variables.SVARINN_PRIVATE_KEY + ": cannot read " + pem + ": " + e, e);
        }
    }
}
