package io.github.fiksclients.cli;

import java.util.Objects;

/**
 * What the commands take from outside the command line: the environment variables, and how {@code fiks simulator}
 * waits for its end. Tests pass their own.
 *
 * @param variables the configuration variables
 * @param simulatorWait what {@code fiks simulator} does while the simulator runs
 */
record CliContext(Variables variables, SimulatorWait simulatorWait) {

    CliContext {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(simulatorWait, "simulatorWait");
    }
}
