package io.github.fiksclients.testkit;

import java.io.IOException;

/** Answers the requests of one route. */
@FunctionalInterface
interface Endpoint {

    void handle(SimulatorExchange exchange) throws IOException;
}
