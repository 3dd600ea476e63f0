package io.github.fiksclients.codegen;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Spring Boot configuration metadata for the properties every service of the manifest has,
 * {@code <prefix>.<service>.<property>}: IDEs complete them for each service, and a service added to the manifest is
 * described with no change to the Spring Boot starter. Written as {@code additional-spring-configuration-metadata.json},
 * which Spring Boot's configuration processor merges into the metadata it generates.
 */
public final class SpringMetadata {

    private SpringMetadata() {
    }

    /** One property every service has, relative to the service's group. */
    public static class Property {

        /** The name within the service's group, such as {@code base-url} or {@code retry.max-attempts}. */
        String name;

        /** The Java type, such as {@code java.time.Duration}. */
        String type;

        /** What it sets. */
        String description;

        /** For Maven, which sets the fields. */
        public Property() {
        }

        /**
         * A property.
         *
         * @param name the name within the service's group
         * @param type the Java type
         * @param description what it sets
         */
        public Property(String name, String type, String description) {
            this.name = name;
            this.type = type;
            this.description = description;
        }
    }

    /**
     * Writes the metadata.
     *
     * @param services the manifest's services; those not published are left out
     * @param prefix the properties' prefix, such as {@code fiks}
     * @param groupType the Java type a service's group binds to
     * @param declared the ids of services whose group the properties class declares itself (left out)
     * @param properties the properties every service has
     * @return the JSON text
     * @throws IllegalStateException if a property is incomplete
     */
    public static String json(Collection<ServiceEntry> services, String prefix, String groupType, Set<String> declared,
            List<Property> properties) {
        JsonArray groups = new JsonArray();
        JsonArray items = new JsonArray();
        for (ServiceEntry service : services) {
            if (declared.contains(service.service()) || !service.published()) {
                continue;
            }
            String group = prefix + "." + service.service();
            JsonObject entry = new JsonObject();
            entry.addProperty("name", group);
            entry.addProperty("type", groupType);
            entry.addProperty("description", service.name() + ": the service's own runtime options, over the shared "
                    + prefix + ".* ones.");
            groups.add(entry);
            for (Property property : properties) {
                if (property.name == null || property.type == null || property.description == null) {
                    throw new IllegalStateException("A service property needs name, type and description");
                }
                JsonObject item = new JsonObject();
                item.addProperty("name", group + "." + property.name);
                item.addProperty("type", property.type);
                item.addProperty("description", property.description);
                item.addProperty("sourceType", groupType);
                items.add(item);
            }
        }
        JsonObject metadata = new JsonObject();
        metadata.add("groups", groups);
        metadata.add("properties", items);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(metadata) + "\n";
    }
}
