package io.github.fiksclients.core;

/** The Fiks environments a client can talk to. */
public enum FiksEnvironment {

    /** The test environment, with test data and test Maskinporten. */
    TEST,

    /** The production environment. */
    PROD
}
