package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.codegen.FiksJavaCodegen.GeneratedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The metadata the generation step writes, checked by {@link NativeMetadataCheck} against compiled classes shaped
 * like generated ones ({@code nativefixture}: a model with an inner enum, an enum model, a Retrofit interface, the
 * {@code JSON} class with a named and an anonymous nested class, an API descriptor) and a hand-written class with a
 * {@code TypeToken}.
 */
class NativeMetadataTest {

    static final String FIXTURE = "io.github.fiksclients.codegen.nativefixture";
    static final String METADATA = NativeMetadata.path("io.github.fiksclients", "fixture");
    private static final Path SOURCES = Path.of("src", "test", "java");

    static SpecEntry fixtureSpec() {
        return new SpecEntry("fixture/fixture-api-v1.json", FIXTURE, "openapi-3.0", "v1", null, null, null,
                new BaseUrls("https://test.example/", "https://example/"), List.of(), List.of(), null,
                new JsonObject());
    }

    static Map<String, GeneratedModel> fixtureModels() {
        return Map.of(
                "Pet", new GeneratedModel("Pet", false, List.of("StatusEnum")),
                "Colour", new GeneratedModel("Colour", true, List.of()));
    }

    /** The fixture's sources as the generator would have written them: the spec's packages only. */
    static List<Path> generatedSources() throws IOException {
        Path root = SOURCES.resolve(FIXTURE.replace('.', '/'));
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("handwritten"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList();
        }
    }

    static JsonObject generatedMetadata(JsonObject handWritten) throws IOException {
        JsonObject part = NativeMetadata.forSpec(fixtureSpec(), SOURCES.toAbsolutePath().normalize(), generatedSources(),
                fixtureModels());
        return NativeMetadata.merge(List.of(part), handWritten);
    }

    static JsonObject handWritten() {
        return JsonParser.parseString("{\"reflection\": [{\"type\": \"" + FIXTURE + ".handwritten.Holder$1\"}]}")
                .getAsJsonObject();
    }

    @Test
    void theGeneratedMetadataCoversEveryClassOfTheFixtureAsTheCheckSeesIt() throws IOException {
        JsonObject metadata = generatedMetadata(handWritten());

        List<String> problems = NativeMetadataCheck.problems(FixtureJar.with(METADATA, metadata), METADATA,
                FixtureJar.generatedPackages(), NativeMetadataTest.class.getClassLoader());

        assertThat(problems).isEmpty();
    }

    @Test
    void eachGeneratedClassIsRegisteredWithWhatReadsIt() throws IOException {
        JsonObject metadata = generatedMetadata(null);
        Map<String, JsonObject> types = new HashMap<>();
        List<JsonElement> proxies = new ArrayList<>();
        for (JsonElement entry : metadata.getAsJsonArray("reflection")) {
            JsonElement type = entry.getAsJsonObject().get("type");
            if (type.isJsonPrimitive()) {
                types.put(type.getAsString(), entry.getAsJsonObject());
            } else {
                proxies.add(type.getAsJsonObject().get("proxy"));
            }
        }

        assertThat(types.keySet()).containsExactlyInAnyOrder(
                FIXTURE + ".JSON", FIXTURE + ".JSON$DateTypeAdapter", FIXTURE + ".api.PetApi",
                FIXTURE + ".model.Pet", FIXTURE + ".model.Pet$StatusEnum", FIXTURE + ".model.Pet$StatusEnum$Adapter",
                FIXTURE + ".model.Colour", FIXTURE + ".model.Colour$Adapter");
        assertThat(flags(types.get(FIXTURE + ".model.Pet")))
                .containsExactlyInAnyOrder("allDeclaredFields", "allDeclaredConstructors", "allPublicMethods");
        assertThat(flags(types.get(FIXTURE + ".model.Colour"))).contains("allDeclaredFields");
        assertThat(flags(types.get(FIXTURE + ".model.Colour$Adapter"))).containsExactly("allDeclaredConstructors");
        assertThat(flags(types.get(FIXTURE + ".model.Pet$StatusEnum$Adapter")))
                .containsExactly("allDeclaredConstructors");
        assertThat(flags(types.get(FIXTURE + ".api.PetApi"))).containsExactly("allDeclaredMethods");
        assertThat(types.get(FIXTURE + ".JSON").toString()).contains("\"name\":\"gson\"");
        assertThat(flags(types.get(FIXTURE + ".JSON$DateTypeAdapter"))).isEmpty();
        assertThat(proxies).hasSize(1);
        assertThat(proxies.get(0).toString()).isEqualTo("[\"" + FIXTURE + ".api.PetApi\"]");
        assertThat(metadata.getAsJsonArray("resources").toString())
                .isEqualTo("[{\"glob\":\"io/github/fiksclients/codegen/nativefixture/api/fiks-api.properties\"}]");
    }

    @Test
    void theSameSpecGivesTheSameBytes() throws IOException {
        assertThat(NativeMetadata.render(generatedMetadata(handWritten())))
                .isEqualTo(NativeMetadata.render(generatedMetadata(handWritten())))
                .contains("\"gson\"")
                .doesNotContain("\\u003c")
                .endsWith("}\n");
    }

    @Test
    void handWrittenEntriesComeAfterTheGeneratedOnes() throws IOException {
        JsonObject metadata = generatedMetadata(handWritten());

        List<JsonElement> reflection = metadata.getAsJsonArray("reflection").asList();
        assertThat(reflection.get(reflection.size() - 1).getAsJsonObject().get("type").getAsString())
                .isEqualTo(FIXTURE + ".handwritten.Holder$1");
    }

    @Test
    void nestedDeclarationsOfASupportingFileAreFoundButNotWordsInComments() {
        String source = """
                /**
                 * Returns the class for a discriminator value; the enum of values.
                 */
                public class JSON {
                    public static class DateTypeAdapter extends TypeAdapter<Date> {
                    }
                    private static final class DiscriminatorWriter<T> implements PostProcessor<T> {
                    }
                    public class LocalDateTypeAdapter {
                    }
                    enum Kind { A }
                    Runnable r = new Runnable() { public void run() { } };
                }
                """;

        assertThat(NativeMetadata.nestedDeclarations(source, "JSON"))
                .containsExactly("DateTypeAdapter", "DiscriminatorWriter", "Kind", "LocalDateTypeAdapter");
    }

    private static Set<String> flags(JsonObject entry) {
        Set<String> flags = new TreeSet<>();
        entry.entrySet().forEach(member -> {
            if (member.getValue().isJsonPrimitive() && member.getValue().getAsJsonPrimitive().isBoolean()) {
                flags.add(member.getKey());
            }
        });
        return flags;
    }

    /** Reads a file of the test class path. */
    static byte[] testResource(String path) {
        try {
            Path file = Path.of("target", "test-classes").resolve(path);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
