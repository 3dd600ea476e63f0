package io.github.fiksclients.codegen;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prepares the suite's Javadoc site (the module that documents every published module, last in the reactor): warns
 * when that module does not depend on a published service of {@code specs/specs.json}, and sets the property
 * {@code fiks.javadoc.generatedPackages} to the javadoc option that leaves the generated packages out of doclint's
 * check for missing comments (see {@link JavadocScope}).
 */
@Mojo(name = "javadoc-scope", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class JavadocScopeMojo extends AbstractMojo {

    /** The property the javadoc option is written to. */
    static final String PROPERTY = "fiks.javadoc.generatedPackages";

    /** The manifest. */
    @Parameter(property = "fiks.codegen.manifest",
            defaultValue = "${maven.multiModuleProjectDirectory}/specs/specs.json")
    File manifest;

    /** The module that builds the site. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        List<ServiceEntry> services;
        try {
            services = Manifest.read(manifest.toPath()).services();
        } catch (ManifestException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        Set<String> dependencies = project.getDependencies().stream()
                .filter(d -> d.getGroupId().equals(project.getGroupId()))
                .map(Dependency::getArtifactId)
                .collect(Collectors.toSet());
        List<String> missing = JavadocScope.publishedModulesMissingFrom(services, dependencies);
        if (!missing.isEmpty()) {
            // A warning, not a failure: a new service builds from its spec, manifest entry and pom alone.
            getLog().warn("fiks-codegen: the Javadoc site leaves out " + String.join(", ", missing)
                    + " (published in specs/specs.json): add a dependency on it to " + project.getArtifactId()
                    + "/pom.xml");
        }
        project.getProperties().setProperty(PROPERTY, JavadocScope.doclintExclusionOfGeneratedPackages(services));
    }
}
