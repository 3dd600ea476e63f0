package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the {@code fiks svarinn} commands: the service options and the API version. */
final class SvarInnOptions {

    @Mixin
    ServiceOptions service;

    @Option(names = "--api", paramLabel = "v1|v2", defaultValue = "v2",
            description = "The SvarInn API version (default: ${DEFAULT-VALUE}).")
    SvarInnApiVersion apiVersion;

    Target target(Variables variables) {
        return service.target(variables, Variables.SVARINN_URL);
    }

    /** Builds the client; only downloads need the private key. */
    SvarInnClient client(Variables variables, boolean withPrivateKey) {
        return SvarInnClients.create(target(variables), apiVersion, variables, withPrivateKey, service.verbose);
    }
}
