package io.github.fiksclients.codegen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when the module's jar carries incomplete native-image metadata: a generated class, a Gson model,
 * a {@code @JsonAdapter}, a Retrofit interface or its proxy, a resource or an API descriptor's {@code JSON} class
 * that {@code META-INF/native-image/<groupId>/<artifactId>/reachability-metadata.json} does not cover, or an entry
 * that names nothing in the jar. It reads the built jar, loads each of its classes with the module's runtime class
 * path and checks it ({@link NativeMetadataCheck}). Bound in every service module (through
 * {@code fiks-service-parent}) and in the hand-written modules whose classes are read reflectively.
 */
@Mojo(name = "check-native-metadata", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckNativeMetadataMojo extends AbstractMojo {

    /** The manifest: a service module's generated packages must have every class registered. */
    @Parameter(property = "fiks.codegen.manifest",
            defaultValue = "${maven.multiModuleProjectDirectory}/specs/specs.json")
    File manifest;

    /** The manifest entry whose packages are generated: the one whose {@code module} is this, if any. */
    @Parameter(property = "fiks.codegen.module", defaultValue = "${project.artifactId}")
    String module;

    /** Skips the check. */
    @Parameter(property = "fiks.codegen.native.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || "pom".equals(project.getPackaging())) {
            return;
        }
        File jarFile = project.getArtifact().getFile();
        if (jarFile == null || !jarFile.isFile()) {
            throw new MojoExecutionException("fiks-codegen: check-native-metadata reads the built jar; run it after"
                    + " package (it is bound to verify)");
        }
        Set<String> generated = generatedPackages();
        String metadata = NativeMetadata.path(project.getGroupId(), project.getArtifactId());
        List<String> problems;
        boolean present;
        try (ZipFile zip = new ZipFile(jarFile); URLClassLoader loader = classLoader(jarFile)) {
            present = zip.getEntry(metadata) != null;
            problems = NativeMetadataCheck.problems(new ZipJar(zip), metadata, generated, loader);
        } catch (IOException e) {
            throw new MojoExecutionException("fiks-codegen: cannot read " + jarFile + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            String where = generated.isEmpty()
                    ? "src/main/resources/" + metadata
                    : "src/main/native-image/reachability-metadata.json (merged into the generated " + metadata + ")";
            throw new MojoFailureException("fiks-codegen: the native-image metadata of " + jarFile.getName()
                    + " is incomplete (" + metadata + "):\n  " + String.join("\n  ", problems)
                    + "\nA generated class missing here is a fiks-codegen bug (NativeMetadata); put entries for"
                    + " hand-written classes in " + where + ". See docs/native-image.md.");
        }
        getLog().info("fiks-codegen: " + jarFile.getName() + (present
                ? ": native-image metadata covers every class and resource"
                        + (generated.isEmpty() ? "" : " (" + generated.size() + " generated packages)")
                : ": needs no native-image metadata"));
    }

    private Set<String> generatedPackages() throws MojoFailureException {
        Set<String> packages = new HashSet<>();
        if (!manifest.isFile()) {
            return packages;
        }
        Manifest read;
        try {
            read = Manifest.read(manifest.toPath());
        } catch (ManifestException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        read.serviceOfModule(module).ifPresent(service -> service.specs().forEach(spec -> {
            packages.add(spec.javaPackage());
            packages.add(spec.apiPackage());
            packages.add(spec.modelPackage());
        }));
        return packages;
    }

    /** The jar and the module's runtime dependencies, without the plugin's own classes. */
    private URLClassLoader classLoader(File jarFile) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(jarFile.toURI().toURL());
            Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
            for (String element : project.getRuntimeClasspathElements()) {
                if (!Path.of(element).toAbsolutePath().normalize().equals(classes)) {
                    urls.add(new File(element).toURI().toURL());
                }
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("fiks-codegen: cannot build the runtime class path: " + e.getMessage(), e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** A jar file as the check reads it. */
    private static final class ZipJar implements NativeMetadataCheck.Jar {
        private final ZipFile zip;
        private final List<String> classNames = new ArrayList<>();
        private final List<String> resourceNames = new ArrayList<>();

        ZipJar(ZipFile zip) {
            this.zip = zip;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.endsWith(".class")) {
                    if (!name.startsWith("META-INF/") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class")) {
                        classNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                } else {
                    resourceNames.add(name);
                }
            }
            classNames.sort(null);
            resourceNames.sort(null);
        }

        @Override
        public List<String> classNames() {
            return classNames;
        }

        @Override
        public List<String> resourceNames() {
            return resourceNames;
        }

        @Override
        public byte[] read(String path) throws IOException {
            ZipEntry entry = zip.getEntry(path);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}
