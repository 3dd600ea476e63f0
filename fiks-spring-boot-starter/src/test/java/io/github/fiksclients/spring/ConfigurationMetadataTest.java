package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The configuration metadata in the jar lets IDEs complete every property, for every service. */
class ConfigurationMetadataTest {

    private static Map<String, JsonObject> properties() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonObject metadata = JsonParser.parseReader(reader).getAsJsonObject();
            List<JsonObject> items = new ArrayList<>();
            for (JsonElement item : metadata.getAsJsonArray("properties")) {
                items.add(item.getAsJsonObject());
            }
            return items.stream().collect(Collectors.toMap(item -> item.get("name").getAsString(),
                    Function.identity(), (first, second) -> first));
        }
    }

    /** The kebab-case names of a properties class's options, nested groups expanded. */
    private static List<String> names(Class<?> type, String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        for (PropertyDescriptor property : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
            String name = prefix + property.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            if (property.getPropertyType().getName().startsWith(FiksProperties.class.getName())) {
                names.addAll(names(property.getPropertyType(), name + "."));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void everyServiceOnTheClasspathHasEveryRuntimeOptionDescribed() throws Exception {
        Map<String, JsonObject> described = properties();
        List<String> options = names(FiksProperties.Service.class, "");
        assertThat(options).contains("base-url", "read-timeout", "retry.max-attempts");

        for (FiksService service : FiksServiceCatalog.scan(getClass().getClassLoader()).services()) {
            for (String option : options) {
                String name = "fiks." + service.id() + "." + option;
                assertThat(described).as(name).containsKey(name);
                assertThat(described.get(name).get("description").getAsString()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void theFixedPropertiesAreDescribedWithTheirDefaults() throws Exception {
        Map<String, JsonObject> described = properties();

        assertThat(described).containsKeys("fiks.environment", "fiks.integrasjon.password",
                "fiks.maskinporten.pkcs12.path", "fiks.maskinporten.pem.private-key",
                "fiks.svarinn.mottakersystem.id", "fiks.svarinn.private-key", "fiks.innsyn.batch-size",
                "fiks.svarut.konto-id", "fiks.svarut.certificate", "fiks.svarut.base-url", "fiks.svarut.call-timeout");
        assertThat(described.get("fiks.svarut.konto-id").get("type").getAsString()).isEqualTo("java.util.UUID");
        assertThat(described.get("fiks.observations.enabled").get("defaultValue").getAsBoolean()).isTrue();
        assertThat(described.get("fiks.tilgang.base-url").get("type").getAsString()).isEqualTo("java.lang.String");
    }
}
