package io.github.fiksclients.cli;

import io.github.fiksclients.core.FiksEnvironment;
import picocli.CommandLine.Option;

/** The options every command that talks to a Fiks service has: where the service is, and how much to log. */
final class ServiceOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "The service's base URL, such as the simulator's; wins over --env (default: "
                    + "$FIKS_SVARINN_URL or $FIKS_INNSYN_URL, else the environment's).")
    String url;

    @Option(names = "--env", paramLabel = "test|prod",
            description = "The Fiks environment (default: $FIKS_ENV, else test).")
    FiksEnvironment environment;

    @Option(names = {"-v", "--verbose"},
            description = "Log each HTTP exchange (headers; secrets redacted) and show the causes of errors.")
    boolean verbose;

    /**
     * Where to send requests. A flag wins over a variable, and a URL over an environment: {@code --url}, then
     * {@code --env}, then the service's URL variable, then {@value Variables#ENV}, then the test environment. The
     * environment ({@code --env}, else {@value Variables#ENV}, else test) also chooses Maskinporten.
     */
    Target target(Variables variables, String urlVariable) {
        FiksEnvironment chosen = environment != null ? environment
                : variables.optional(Variables.ENV).map(ServiceOptions::environmentNamed).orElse(FiksEnvironment.TEST);
        if (url != null) {
            return new Target(url, "--url", chosen);
        }
        if (environment == null && variables.optional(urlVariable).isPresent()) {
            return new Target(variables.optional(urlVariable).get(), urlVariable, chosen);
        }
        return new Target(null, null, chosen);
    }

    private static FiksEnvironment environmentNamed(String name) {
        for (FiksEnvironment environment : FiksEnvironment.values()) {
            if (environment.name().equalsIgnoreCase(name)) {
                return environment;
            }
        }
        throw new ConfigurationException(Variables.ENV + " must be test or prod");
    }
}
