package io.github.fiksclients.cli;

import io.github.fiksclients.innsyn.InnsynClient;

/** Builds the {@link InnsynClient} of a command from its options and the integration's variables. */
final class InnsynClients {

    private InnsynClients() {
    }

    /**
     * Builds a client for indexing, with the integration's Maskinporten tokens.
     *
     * @throws ConfigurationException naming the first variable or option that is missing or unusable
     */
    static InnsynClient forIndexing(Target target, Variables variables, int batchSize, boolean verbose) {
        InnsynClient.Builder builder = integrasjon(variables, verbose)
                .batchSize(batchSize)
                .accessTokenProvider(MaskinportenTokens.create(variables, target.environment()));
        return build(builder, target);
    }

    /**
     * Builds a client for search and lookup, which need no Maskinporten token.
     *
     * @throws ConfigurationException naming the first variable or option that is missing or unusable
     */
    static InnsynClient forSearch(Target target, Variables variables, boolean verbose) {
        return build(integrasjon(variables, verbose), target);
    }

    private static InnsynClient.Builder integrasjon(Variables variables, boolean verbose) {
        return InnsynClient.builder()
                .integrasjon(variables.require(Variables.INTEGRASJON_ID, "the Fiks integrasjon's id"),
                        variables.requireSecret(Variables.INTEGRASJON_PASSORD, "the Fiks integrasjon's password"))
                .logLevel(HttpLogLevels.of(variables, verbose));
    }

    private static InnsynClient build(InnsynClient.Builder builder, Target target) {
        try {
            target.baseUrl().ifPresentOrElse(builder::baseUrl, () -> builder.environment(target.environment()));
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw target.refused(e);
        }
    }
}
