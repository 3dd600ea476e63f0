package io.github.fiksclients.cli;

import io.github.fiksclients.svarut.SvarUtClient;
import java.util.Optional;
import java.util.UUID;

/** Builds the {@link SvarUtClient} of a command from its options and the integration's variables. */
final class SvarUtClients {

    private SvarUtClients() {
    }

    /**
     * Builds a client with the integration's Maskinporten tokens.
     *
     * @param konto the konto to send from and look up in, if the command needs one
     * @throws ConfigurationException naming the first variable or option that is missing or unusable
     */
    static SvarUtClient create(Target target, Variables variables, Optional<UUID> konto, boolean verbose) {
        SvarUtClient.Builder builder = SvarUtClient.builder()
                .integrasjon(variables.require(Variables.INTEGRASJON_ID, "the Fiks integrasjon's id"),
                        variables.requireSecret(Variables.INTEGRASJON_PASSORD, "the Fiks integrasjon's password"))
                .accessTokenProvider(MaskinportenTokens.create(variables, target.environment()))
                .logLevel(HttpLogLevels.of(variables, verbose));
        konto.ifPresent(builder::konto);
        try {
            target.baseUrl().ifPresentOrElse(builder::baseUrl, () -> builder.environment(target.environment()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw target.refused(e);
        }
    }

    /**
     * The konto of {@code --konto}, else of {@value Variables#SVARUT_KONTO}.
     *
     * @throws ConfigurationException if neither is set, or the value is not a UUID
     */
    static UUID konto(String option, Variables variables) {
        String value = option;
        String source = "--konto";
        if (value == null) {
            value = variables.optional(Variables.SVARUT_KONTO).orElseThrow(() -> new ConfigurationException(
                    "Missing --konto KONTO_ID (or " + Variables.SVARUT_KONTO + "): the SvarUt konto's id"));
            source = Variables.SVARUT_KONTO;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(source + " must be a UUID, such as 3f2b9c1e-7a4d-4e8b-9c0f-1a2b3c4d5e6f");
        }
    }
}
