package io.github.fiksclients.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the Spring Boot configuration metadata of the properties every service of {@code specs/specs.json} has
 * (see {@link SpringMetadata}), before compilation, where the configuration processor merges it.
 */
@Mojo(name = "spring-metadata", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class SpringMetadataMojo extends AbstractMojo {

    /** The manifest. */
    @Parameter(property = "fiks.codegen.manifest",
            defaultValue = "${maven.multiModuleProjectDirectory}/specs/specs.json")
    File manifest;

    /** Where the metadata is written. */
    @Parameter(defaultValue = "${project.build.outputDirectory}/META-INF/additional-spring-configuration-metadata.json")
    File outputFile;

    /** The properties' prefix. */
    @Parameter(defaultValue = "fiks")
    String prefix;

    /** The Java type a service's group binds to. */
    @Parameter(required = true)
    String groupType;

    /** The services whose group the properties class declares itself. */
    @Parameter
    List<String> declaredServices = new ArrayList<>();

    /** The properties every service has. */
    @Parameter(required = true)
    List<SpringMetadata.Property> properties;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String json;
        try {
            json = SpringMetadata.json(Manifest.read(manifest.toPath()).services(), prefix, groupType,
                    new HashSet<>(declaredServices), properties);
        } catch (ManifestException | IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        try {
            Files.createDirectories(outputFile.toPath().getParent());
            Files.writeString(outputFile.toPath(), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("fiks-codegen: cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        getLog().info("fiks-codegen: Spring metadata of every service's properties in " + outputFile);
    }
}
