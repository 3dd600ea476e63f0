package io.github.fiksclients.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the suite's Javadoc site covers, read from the manifest: the modules of the published services, and the
 * generated packages, which doclint checks for everything except missing comments (their text comes from the
 * specs, where an operation or a property may have no description).
 */
public final class JavadocScope {

    private JavadocScope() {
    }

    /**
     * The javadoc option that leaves the generated packages of every service out of doclint:
     * {@code -Xdoclint/package:-p,-p.*,-q,-q.*,...}: each spec's package (its {@code JSON} and helper classes) and
     * the packages below it ({@code .api}, {@code .model}); javadoc's {@code p.*} does not cover {@code p} itself.
     *
     * @param services the manifest's services
     * @return the option, or an empty string when the manifest has no specs
     */
    public static String doclintExclusionOfGeneratedPackages(List<ServiceEntry> services) {
        Set<String> packages = new TreeSet<>();
        for (ServiceEntry service : services) {
            for (SpecEntry spec : service.specs()) {
                packages.add("-" + spec.javaPackage());
                packages.add("-" + spec.javaPackage() + ".*");
            }
        }
        return packages.isEmpty() ? "" : "-Xdoclint/package:" + String.join(",", packages);
    }

    /**
     * The modules of published services that are not among the given dependencies.
     *
     * @param services the manifest's services
     * @param dependencyArtifactIds the artifactIds the documenting module depends on
     * @return the missing modules, in manifest order
     */
    public static List<String> publishedModulesMissingFrom(List<ServiceEntry> services,
            Set<String> dependencyArtifactIds) {
        List<String> missing = new ArrayList<>();
        for (ServiceEntry service : services) {
            if (service.published() && !dependencyArtifactIds.contains(service.module())) {
                missing.add(service.module());
            }
        }
        return missing;
    }
}
