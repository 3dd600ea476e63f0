package io.github.fiksclients.codegen;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The {@code nativefixture} classes and resources as a jar, with its metadata given by the test. */
final class FixtureJar implements NativeMetadataCheck.Jar {

    private static final Path CLASSES = Path.of("target", "test-classes");
    private static final String FOLDER = NativeMetadataTest.FIXTURE.replace('.', '/');

    private final Map<String, byte[]> extra = new HashMap<>();
    private final List<String> classNames;
    private final List<String> resourceNames;

    private FixtureJar() {
        try (Stream<Path> walk = Files.walk(CLASSES.resolve(FOLDER))) {
            List<String> files = walk.filter(Files::isRegularFile)
                    .map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            classNames = files.stream().filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .toList();
            resourceNames = files.stream().filter(f -> !f.endsWith(".class")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FixtureJar with(String path, JsonObject metadata) {
        FixtureJar jar = new FixtureJar();
        jar.extra.put(path, NativeMetadata.render(metadata).getBytes(StandardCharsets.UTF_8));
        return jar;
    }

    static FixtureJar withoutMetadata() {
        return new FixtureJar();
    }

    /** The packages a spec with the fixture's package generates. */
    static Set<String> generatedPackages() {
        String base = NativeMetadataTest.FIXTURE;
        return Set.of(base, base + ".api", base + ".model");
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
    public byte[] read(String path) {
        byte[] bytes = extra.get(path);
        return bytes != null ? bytes : NativeMetadataTest.testResource(path);
    }
}
