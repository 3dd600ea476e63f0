package io.github.fiksclients.codegen;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a Fiks service module's clients from {@code specs/specs.json}: the manifest entry whose {@code module}
 * is this project's artifactId names the specs; each is generated into its own folder (skipped when nothing that
 * determines its output changed), with its API descriptor {@code fiks-api.properties} as a resource. Output of
 * specs no longer listed is deleted. The module's native-image metadata
 * ({@code META-INF/native-image/<groupId>/<artifactId>/reachability-metadata.json}) registers every generated class,
 * proxy and descriptor (see {@link NativeMetadata}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    private static final String STATE_FILE = ".fiks-codegen.sha256";

    /** The manifest; spec files and patches are relative to its folder. */
    @Parameter(property = "fiks.codegen.manifest",
            defaultValue = "${maven.multiModuleProjectDirectory}/specs/specs.json")
    File manifest;

    /** The manifest entry to generate: the one whose {@code module} is this. */
    @Parameter(property = "fiks.codegen.module", defaultValue = "${project.artifactId}")
    String module;

    /** Where each spec's sources go, one folder per spec file name. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/fiks")
    File outputDirectory;

    /** Where the API descriptors go; added as a resource root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/fiks")
    File resourceDirectory;

    /** Where patched copies of specs are written before generation. */
    @Parameter(defaultValue = "${project.build.directory}/fiks-codegen")
    File workDirectory;

    /**
     * The module's own native-image metadata, in the same format, merged into the generated file: for a facade whose
     * hand-written classes are read reflectively. Optional.
     */
    @Parameter(defaultValue = "${project.basedir}/src/main/native-image/reachability-metadata.json")
    File nativeMetadata;

    /** Skips generation (the source roots are not added either). */
    @Parameter(property = "fiks.codegen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("fiks-codegen: skipped (fiks.codegen.skip)");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().debug("fiks-codegen: nothing to generate in a pom project such as fiks-service-parent");
            return;
        }
        Manifest read = readManifest();
        ServiceEntry service = read.serviceOfModule(module).orElseThrow(() -> new MojoFailureException(
                "No service in " + manifest + " has \"module\": \"" + module + "\". Add the service's entry to the"
                        + " manifest (see specs/README.md), or remove fiks-service-parent as this module's parent."));
        if (!service.published()) {
            // "published": false keeps the artifact out of every repository, as it is out of the BOM.
            project.getProperties().setProperty("maven.install.skip", "true");
            project.getProperties().setProperty("maven.deploy.skip", "true");
            getLog().info("fiks-codegen: " + module + " is not published (specs.json): install and deploy skipped");
        }
        ClassLoader loader = GenerateMojo.class.getClassLoader();
        List<String> problems = TemplateGuard.load(loader).problems(loader);
        if (!problems.isEmpty()) {
            throw new MojoFailureException("fiks-codegen: the template overrides were not checked against this"
                    + " generator:\n  " + String.join("\n  ", problems));
        }
        try {
            String common = commonFingerprint(loader);
            Set<String> stems = new HashSet<>();
            Set<String> descriptors = new HashSet<>();
            for (SpecEntry spec : service.specs()) {
                stems.add(spec.stem());
                descriptors.add(ApiDescriptor.path(spec));
                generate(read, service, spec, common);
            }
            deleteStaleOutputs(stems);
            deleteStaleDescriptors(descriptors);
            writeNativeMetadata(service);
        } catch (IOException e) {
            throw new MojoExecutionException("fiks-codegen: " + e.getMessage(), e);
        }
        addResourceRoot();
    }

    private Manifest readManifest() throws MojoFailureException {
        try {
            return Manifest.read(manifest.toPath());
        } catch (ManifestException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The parts of every spec's fingerprint that do not depend on the spec. */
    private String commonFingerprint(ClassLoader loader) throws IOException {
        Fingerprint fingerprint = new Fingerprint()
                .add("plugin.version", plugin.getVersion())
                .add("plugin.code", pluginCode())
                .add("generator.version", TemplateGuard.generatorVersion(loader))
                .add("configuration", SpecGenerator.configuration())
                .add("checked-against", Hashing.resource(loader, TemplateGuard.CHECKED_AGAINST));
        for (String template : TemplateGuard.load(loader).overrides()) {
            fingerprint.add("template " + template, Hashing.resource(loader, TemplateGuard.TEMPLATES + "/" + template));
        }
        return fingerprint.hex();
    }

    /** A hash of this plugin's own classes: a SNAPSHOT plugin changes without changing its version. */
    private static String pluginCode() throws IOException {
        try {
            Path location = Path.of(GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return OutputFiles.sha256Of(location);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }

    private void generate(Manifest read, ServiceEntry service, SpecEntry spec, String common)
            throws IOException, MojoFailureException {
        Path specFile = read.specsDir().resolve(spec.file());
        if (!Files.isRegularFile(specFile)) {
            throw new MojoFailureException("fiks-codegen: " + spec.file() + " is in " + manifest
                    + " but there is no such file: " + specFile);
        }
        byte[] specBytes = Files.readAllBytes(specFile);
        byte[] patchBytes = null;
        if (spec.patch() != null) {
            Path patchFile = read.specsDir().resolve(spec.patch());
            if (!Files.isRegularFile(patchFile)) {
                throw new MojoFailureException("fiks-codegen: the patch " + spec.patch() + " of " + spec.file()
                        + " does not exist: " + patchFile);
            }
            patchBytes = Files.readAllBytes(patchFile);
        }
        String fingerprint = new Fingerprint()
                .add("common", common)
                .add("service", service.json().toString())
                .add("spec entry", spec.json().toString())
                .add("spec", specBytes)
                .add("patch", patchBytes)
                .hex();
        Path output = outputDirectory.toPath().resolve(spec.stem());
        Path state = output.resolve(STATE_FILE);
        Path descriptor = resourceDirectory.toPath().resolve(ApiDescriptor.path(spec));
        Path nativePart = output.resolve(NativeMetadata.SPEC_PART);
        if (Files.isRegularFile(state) && Files.isRegularFile(descriptor) && Files.isRegularFile(nativePart)
                && Files.readString(state, StandardCharsets.UTF_8).equals(fingerprint)) {
            getLog().info("fiks-codegen: " + spec.file() + " unchanged, not regenerated");
        } else {
            OutputFiles.deleteRecursively(output);
            Path input = patchBytes == null ? specFile : patched(spec, specBytes, patchBytes);
            SpecGenerator.Result result = SpecGenerator.generate(spec, input, output);
            checkIdempotentOperations(spec, result.codegen().specOperationIds());
            Files.createDirectories(descriptor.getParent());
            Files.writeString(descriptor,
                    ApiDescriptor.render(service, spec, result.codegen().operationsByApi()), StandardCharsets.UTF_8);
            Path sourceRoot = output.resolve(SpecGenerator.SOURCE_FOLDER);
            List<Path> javaFiles = result.files().stream()
                    .map(Path::toAbsolutePath).map(Path::normalize)
                    .filter(f -> f.startsWith(sourceRoot.toAbsolutePath().normalize()))
                    .filter(f -> f.getFileName().toString().endsWith(".java"))
                    .toList();
            Files.writeString(nativePart, NativeMetadata.render(NativeMetadata.forSpec(spec,
                    sourceRoot.toAbsolutePath().normalize(), javaFiles, result.codegen().models())),
                    StandardCharsets.UTF_8);
            Files.writeString(state, fingerprint, StandardCharsets.UTF_8);
            getLog().info("fiks-codegen: generated " + spec.file() + (patchBytes == null ? "" : " + " + spec.patch())
                    + " (" + result.fileCount() + " files)");
        }
        project.addCompileSourceRoot(output.resolve(SpecGenerator.SOURCE_FOLDER).toString());
    }

    private Path patched(SpecEntry spec, byte[] specBytes, byte[] patchBytes) throws IOException, MojoFailureException {
        JsonElement document;
        JsonElement patch;
        try {
            document = JsonParser.parseString(new String(specBytes, StandardCharsets.UTF_8));
            patch = JsonParser.parseString(new String(patchBytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new MojoFailureException("fiks-codegen: " + spec.file() + " or its patch " + spec.patch()
                    + " is not JSON (patches apply to JSON specs): " + e.getMessage(), e);
        }
        Path file = workDirectory.toPath().resolve("patched").resolve(spec.stem() + ".json");
        Files.createDirectories(file.getParent());
        String json = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create()
                .toJson(JsonMergePatch.apply(document, patch));
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private void checkIdempotentOperations(SpecEntry spec, Set<String> specOperationIds) throws MojoFailureException {
        Set<String> unknown = new TreeSet<>(spec.idempotentOperations());
        unknown.removeAll(specOperationIds);
        if (!unknown.isEmpty()) {
            throw new MojoFailureException("fiks-codegen: " + manifest + " lists idempotentOperations " + unknown
                    + " for " + spec.file() + ", which declares no such operationId. Its operationIds: "
                    + specOperationIds + ". Fix the name in the manifest.");
        }
    }

    private void deleteStaleOutputs(Set<String> stems) throws IOException {
        Path root = outputDirectory.toPath();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            if (!stems.contains(child.getFileName().toString())) {
                OutputFiles.deleteRecursively(child);
                getLog().info("fiks-codegen: deleted " + child + ": no spec of this module has that name any more");
            }
        }
    }

    private void deleteStaleDescriptors(Set<String> expected) throws IOException {
        Path root = resourceDirectory.toPath();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(p -> p.getFileName().toString().equals(ApiDescriptor.FILE_NAME)).sorted().toList();
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        for (Path descriptor : found) {
            String relative = root.relativize(descriptor).toString().replace(File.separatorChar, '/');
            if (!expected.contains(relative)) {
                Files.delete(descriptor);
                Files.deleteIfExists(classes.resolve(relative));
                getLog().info("fiks-codegen: deleted " + relative + ": no spec of this module has that package any more");
            }
        }
    }

    /**
     * Writes the module's native-image metadata from every spec's part (in the manifest's order) and the module's
     * hand-written entries; the file is only rewritten when its content changes.
     */
    private void writeNativeMetadata(ServiceEntry service) throws IOException, MojoFailureException {
        List<JsonObject> parts = new ArrayList<>();
        for (SpecEntry spec : service.specs()) {
            parts.add(readJson(outputDirectory.toPath().resolve(spec.stem()).resolve(NativeMetadata.SPEC_PART)));
        }
        JsonObject handWritten = nativeMetadata != null && nativeMetadata.isFile()
                ? readJson(nativeMetadata.toPath()) : null;
        String text = NativeMetadata.render(NativeMetadata.merge(parts, handWritten));
        Path file = resourceDirectory.toPath().resolve(NativeMetadata.path(project.getGroupId(), project.getArtifactId()));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
    }

    private static JsonObject readJson(Path file) throws IOException, MojoFailureException {
        try {
            return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new MojoFailureException("fiks-codegen: " + file + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private void addResourceRoot() {
        String directory = resourceDirectory.getAbsolutePath();
        if (project.getResources().stream().noneMatch(r -> directory.equals(r.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(directory);
            project.addResource(resource);
        }
    }
}
