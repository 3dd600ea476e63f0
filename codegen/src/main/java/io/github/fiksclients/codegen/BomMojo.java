package io.github.fiksclients.codegen;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * Writes the BOM's published pom: the project's own pom plus one managed dependency per published service of
 * {@code specs/specs.json}, and makes it the pom that install and deploy publish (as flatten-maven-plugin does).
 */
@Mojo(name = "bom", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BomMojo extends AbstractMojo {

    /** The manifest. */
    @Parameter(property = "fiks.codegen.manifest",
            defaultValue = "${maven.multiModuleProjectDirectory}/specs/specs.json")
    File manifest;

    /** Where the published pom is written. */
    @Parameter(defaultValue = "${project.build.directory}/bom/pom.xml")
    File outputFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (project.getFile() != null && project.getFile().getAbsoluteFile().equals(outputFile.getAbsoluteFile())) {
            // A second run in one build (a forked lifecycle, such as javadoc:aggregate after package).
            getLog().info("fiks-codegen: " + outputFile + " is already the published pom");
            return;
        }
        Manifest read;
        try {
            read = Manifest.read(manifest.toPath());
        } catch (ManifestException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        try {
            Model written;
            try (Reader in = Files.newBufferedReader(project.getFile().toPath(), StandardCharsets.UTF_8)) {
                written = new MavenXpp3Reader().read(in);
            }
            Model bom = BomPom.withServices(written, read.services());
            Files.createDirectories(outputFile.toPath().getParent());
            try (Writer out = Files.newBufferedWriter(outputFile.toPath(), StandardCharsets.UTF_8)) {
                new MavenXpp3Writer().write(out, bom);
            }
        } catch (IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | XmlPullParserException e) {
            throw new MojoExecutionException("fiks-codegen: cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        project.setPomFile(outputFile);
        getLog().info("fiks-codegen: " + outputFile + " is the published pom (services from " + manifest + ")");
    }
}
