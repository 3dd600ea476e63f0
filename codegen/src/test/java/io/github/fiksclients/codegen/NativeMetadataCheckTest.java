package io.github.fiksclients.codegen;

import static io.github.fiksclients.codegen.NativeMetadataTest.FIXTURE;
import static io.github.fiksclients.codegen.NativeMetadataTest.METADATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link NativeMetadataCheck} fails on the fixture's complete metadata with one piece taken out, and
 * says what to add.
 */
class NativeMetadataCheckTest {

    private static List<String> problemsAfter(Consumer<JsonObject> change) throws IOException {
        return problemsAfter(change, FixtureJar.generatedPackages());
    }

    private static List<String> problemsAfter(Consumer<JsonObject> change, Set<String> generated) throws IOException {
        JsonObject metadata = NativeMetadataTest.generatedMetadata(NativeMetadataTest.handWritten());
        change.accept(metadata);
        return NativeMetadataCheck.problems(FixtureJar.with(METADATA, metadata), METADATA, generated,
                NativeMetadataCheckTest.class.getClassLoader());
    }

    private static Consumer<JsonObject> remove(String type) {
        return metadata -> metadata.getAsJsonArray("reflection").asList()
                .removeIf(e -> e.getAsJsonObject().get("type").isJsonPrimitive()
                        && e.getAsJsonObject().get("type").getAsString().equals(type));
    }

    private static Consumer<JsonObject> strip(String type, String member) {
        return metadata -> metadata.getAsJsonArray("reflection").forEach(e -> {
            JsonObject entry = e.getAsJsonObject();
            if (entry.get("type").isJsonPrimitive() && entry.get("type").getAsString().equals(type)) {
                entry.remove(member);
            }
        });
    }

    private static void add(JsonObject metadata, String array, JsonObject entry) {
        metadata.getAsJsonArray(array).add(entry);
    }

    @Test
    void aGeneratedClassLeftOutIsNamed() throws IOException {
        assertThat(problemsAfter(remove(FIXTURE + ".JSON$DateTypeAdapter")))
                .containsExactly(FIXTURE + ".JSON$DateTypeAdapter: not registered (a generated class); add {\"type\": \""
                        + FIXTURE + ".JSON$DateTypeAdapter\"} to \"reflection\"");
    }

    @Test
    void aHandWrittenClassThatNothingReadsReflectivelyNeedsNoEntry() throws IOException {
        assertThat(problemsAfter(remove(FIXTURE + ".JSON$DateTypeAdapter"), Set.of())).isEmpty();
    }

    @Test
    void anonymousClassesNeedNoEntryButATypeTokenDoes() throws IOException {
        assertThat(problemsAfter(m -> { })).isEmpty();
        assertThat(problemsAfter(remove(FIXTURE + ".handwritten.Holder$1")))
                .containsExactly(FIXTURE + ".handwritten.Holder$1: not registered (a TypeToken subclass (Gson reads its"
                        + " generic superclass)); add {\"type\": \"" + FIXTURE + ".handwritten.Holder$1\"} to"
                        + " \"reflection\"");
    }

    @Test
    void aGsonModelNeedsItsFieldsAndItsConstructor() throws IOException {
        assertThat(problemsAfter(strip(FIXTURE + ".model.Pet", "allDeclaredFields")))
                .containsExactly(FIXTURE + ".model.Pet: registered without what is needed (Gson reads and writes its"
                        + " fields); add \"allDeclaredFields\": true to its entry");
        assertThat(problemsAfter(strip(FIXTURE + ".model.Pet", "allDeclaredConstructors")))
                .containsExactly(FIXTURE + ".model.Pet: registered without what is needed (Gson creates it through its"
                        + " no-argument constructor); add \"allDeclaredConstructors\": true to its entry");
    }

    @Test
    void aJsonAdapterNeedsItsConstructor() throws IOException {
        assertThat(problemsAfter(strip(FIXTURE + ".model.Pet$StatusEnum$Adapter", "allDeclaredConstructors")))
                .containsExactly(FIXTURE + ".model.Pet$StatusEnum$Adapter: registered without what is needed (Gson"
                        + " creates it for @JsonAdapter on " + FIXTURE + ".model.Pet$StatusEnum through its no-argument"
                        + " constructor); add \"allDeclaredConstructors\": true to its entry");
        assertThat(problemsAfter(remove(FIXTURE + ".model.Colour$Adapter"), Set.of()))
                .singleElement().asString().startsWith(FIXTURE + ".model.Colour$Adapter: not registered (Gson creates it"
                        + " for @JsonAdapter on " + FIXTURE + ".model.Colour");
        assertThat(problemsAfter(remove(FIXTURE + ".model.Colour"), Set.of()))
                .containsExactly(FIXTURE + ".model.Colour: not registered (Gson reads its @JsonAdapter); add {\"type\": \""
                        + FIXTURE + ".model.Colour\"} to \"reflection\"");
    }

    @Test
    void aRetrofitInterfaceNeedsItsMethodsAndItsProxy() throws IOException {
        assertThat(problemsAfter(strip(FIXTURE + ".api.PetApi", "allDeclaredMethods")))
                .containsExactly(FIXTURE + ".api.PetApi: registered without what is needed (Retrofit reads its methods);"
                        + " add \"allDeclaredMethods\": true to its entry");
        assertThat(problemsAfter(m -> m.getAsJsonArray("reflection").asList().removeIf(NativeMetadataCheckTest::isProxy)))
                .containsExactly(FIXTURE + ".api.PetApi: Retrofit creates a proxy of it; add {\"type\": {\"proxy\": [\""
                        + FIXTURE + ".api.PetApi\"]}}");
    }

    @Test
    void theDescriptorsJsonClassNeedsItsGsonMethod() throws IOException {
        assertThat(problemsAfter(strip(FIXTURE + ".JSON", "methods")))
                .containsExactly(FIXTURE + ".JSON: registered without what is needed (fiks-core calls its gson()"
                        + " reflectively (io/github/fiksclients/codegen/nativefixture/api/fiks-api.properties)); add"
                        + " \"methods\": [{\"name\": \"gson\", \"parameterTypes\": []}] to its entry");
    }

    @Test
    void everyResourceIsMatchedByAGlobAndEveryGlobMatchesAResource() throws IOException {
        assertThat(problemsAfter(m -> m.add("resources", new JsonArray())))
                .containsExactly("io/github/fiksclients/codegen/nativefixture/api/fiks-api.properties: a resource of"
                        + " the jar; add {\"glob\": \"io/github/fiksclients/codegen/nativefixture/api/fiks-api.properties\"}"
                        + " to resources");
        JsonObject wide = new JsonObject();
        wide.addProperty("glob", "io/github/fiksclients/**/*.properties");
        JsonObject typo = new JsonObject();
        typo.addProperty("glob", "io/github/fiksclients/codegen/nativefixture/api/fiks-api.propertis");
        assertThat(problemsAfter(m -> {
            m.add("resources", new JsonArray());
            add(m, "resources", wide);
            add(m, "resources", typo);
        })).containsExactly(typo.get("glob").getAsString() + ": a resources glob that matches nothing in the jar");
    }

    @Test
    void anEntryForAClassTheJarDoesNotHaveIsStale() throws IOException {
        JsonObject stale = new JsonObject();
        stale.addProperty("type", FIXTURE + ".model.Removed");
        JsonObject foreign = new JsonObject();
        foreign.addProperty("type", "java.lang.String");
        assertThat(problemsAfter(m -> {
            add(m, "reflection", stale);
            add(m, "reflection", foreign);
        })).containsExactly(FIXTURE + ".model.Removed: registered, but the jar has no such class");
    }

    @Test
    void aJarWithoutMetadataPassesOnlyWhenNothingNeedsIt() throws IOException {
        List<String> problems = NativeMetadataCheck.problems(FixtureJar.withoutMetadata(), METADATA, Set.of(),
                getClass().getClassLoader());

        assertThat(problems.get(0)).isEqualTo("the jar has no " + METADATA + ": create it (src/main/resources/"
                + METADATA + ") with the entries below");
        assertThat(problems).anyMatch(p -> p.startsWith(FIXTURE + ".model.Pet: not registered"));
    }

    @Test
    void globsMatchAsNativeImageReadsThem() {
        assertThat(NativeMetadataCheck.matches("a/b/c.properties", "a/b/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("a/b/c.properties", "a/b/cXproperties")).isFalse();
        assertThat(NativeMetadataCheck.matches("a/*/c.properties", "a/b/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("a/*/c.properties", "a/b/d/c.properties")).isFalse();
        assertThat(NativeMetadataCheck.matches("a/**/c.properties", "a/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("a/**/c.properties", "a/b/d/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("a/**", "a/b/d/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("**/*.properties", "a/b/c.properties")).isTrue();
        assertThat(NativeMetadataCheck.matches("**/*.properties", "a/b/c.json")).isFalse();
    }

    private static boolean isProxy(JsonElement entry) {
        return entry.getAsJsonObject().get("type").isJsonObject();
    }
}
