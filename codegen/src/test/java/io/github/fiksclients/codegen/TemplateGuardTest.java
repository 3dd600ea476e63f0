package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade guard, run against the generator this module is built with: when openapi-generator is upgraded,
 * this test fails before any service module tries to generate.
 */
class TemplateGuardTest {

    private static final ClassLoader LOADER = TemplateGuardTest.class.getClassLoader();

    @TempDir
    Path dir;

    @Test
    void theOverridesWereCheckedAgainstTheGeneratorThisPluginRuns() {
        TemplateGuard guard = TemplateGuard.load(LOADER);

        assertThat(guard.problems(LOADER)).isEmpty();
        assertThat(guard.checkedVersion()).isEqualTo(TemplateGuard.generatorVersion(LOADER));
        assertThat(guard.overrides()).containsExactly(
                "libraries/retrofit2/JSON.mustache", "libraries/retrofit2/api.mustache",
                "libraries/retrofit2/formParams.mustache", "pojo.mustache");
    }

    @Test
    void anotherGeneratorVersionIsRefusedNamingTheFileToUpdate() throws IOException {
        ClassLoader loader = withCheckedAgainst(checkedAgainst().replace("generator.version=", "generator.version=0."));

        assertThat(TemplateGuard.load(loader).problems(loader)).singleElement().asString()
                .contains("but the template overrides were checked against 0.")
                .contains("codegen/src/main/resources/fiks-codegen/templates-checked-against.properties");
    }

    @Test
    void aChangedStockTemplateIsRefusedNamingIt() throws IOException {
        String text = checkedAgainst().replaceAll("stock.pojo.mustache=[0-9a-f]+", "stock.pojo.mustache=" + "0".repeat(64));
        ClassLoader loader = withCheckedAgainst(text);

        assertThat(TemplateGuard.load(loader).problems(loader)).singleElement().asString()
                .startsWith("the stock template Java/pojo.mustache changed")
                .contains("Compare pojo.mustache with the new stock template");
    }

    private static String checkedAgainst() {
        return new String(Hashing.resource(LOADER, TemplateGuard.CHECKED_AGAINST), StandardCharsets.UTF_8);
    }

    /** The test class path, except that the record of what was checked is the given text. */
    private ClassLoader withCheckedAgainst(String text) throws IOException {
        Path file = dir.resolve("checked-against.properties");
        Files.writeString(file, text);
        URL url = file.toUri().toURL();
        return new ClassLoader(LOADER) {
            @Override
            public URL getResource(String name) {
                return TemplateGuard.CHECKED_AGAINST.equals(name) ? url : super.getResource(name);
            }
        };
    }
}
