package io.github.fiksclients.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code fiks --version} prints: the one in the jar's manifest. */
final class FiksVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = FiksVersion.class.getPackage().getImplementationVersion();
        return new String[] {"fiks " + (version == null ? "(development build)" : version)};
    }
}
