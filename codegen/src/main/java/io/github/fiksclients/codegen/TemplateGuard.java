package io.github.fiksclients.codegen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The upgrade guard: our template overrides were written against one openapi-generator version and one set of
 * stock templates ({@code templates-checked-against.properties}). Generating with another version, or against a
 * stock template that changed, could silently drop a fix the stock template gained or break ours, so both are
 * refused until someone has compared the templates again.
 */
public final class TemplateGuard {

    /** Class-path folder of our template overrides. */
    public static final String TEMPLATES = "fiks-codegen/templates";

    /** Class-path resource recording what the overrides were checked against. */
    public static final String CHECKED_AGAINST = "fiks-codegen/templates-checked-against.properties";

    /** Where the generator's stock Java templates live in its jar. */
    static final String STOCK = "Java/";

    private static final String GENERATOR_POM =
            "META-INF/maven/org.openapitools/openapi-generator/pom.properties";

    private static final String SOURCE = "codegen/src/main/resources/" + CHECKED_AGAINST;

    private final String checkedVersion;
    private final Map<String, String> stockSha256;

    private TemplateGuard(String checkedVersion, Map<String, String> stockSha256) {
        this.checkedVersion = checkedVersion;
        this.stockSha256 = Map.copyOf(stockSha256);
    }

    /**
     * Loads the record of what the overrides were checked against.
     *
     * @param loader the plugin's class loader
     * @return the guard
     */
    public static TemplateGuard load(ClassLoader loader) {
        byte[] bytes = Hashing.resource(loader, CHECKED_AGAINST);
        if (bytes == null) {
            throw new IllegalStateException("the plugin jar has no " + CHECKED_AGAINST);
        }
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> stock = new TreeMap<>();
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("stock."))
                .forEach(name -> stock.put(name.substring("stock.".length()), properties.getProperty(name).trim()));
        String version = properties.getProperty("generator.version");
        if (version == null || stock.isEmpty()) {
            throw new IllegalStateException(CHECKED_AGAINST + " needs generator.version and one stock.<template> line"
                    + " per override");
        }
        return new TemplateGuard(version.trim(), stock);
    }

    /**
     * Returns the version of openapi-generator on a class path.
     *
     * @param loader the class loader to look in
     * @return the version, or {@code "unknown"}
     */
    public static String generatorVersion(ClassLoader loader) {
        byte[] bytes = Hashing.resource(loader, GENERATOR_POM);
        if (bytes == null) {
            return "unknown";
        }
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * Returns the override templates, as paths below {@link #TEMPLATES} (and below {@code Java/} in the generator).
     *
     * @return the paths, sorted
     */
    public List<String> overrides() {
        return List.copyOf(new TreeMap<>(stockSha256).keySet());
    }

    /**
     * Returns the generator version the overrides were checked against.
     *
     * @return the version
     */
    public String checkedVersion() {
        return checkedVersion;
    }

    /**
     * Compares the generator on a class path with the record.
     *
     * @param loader the class loader holding openapi-generator and our templates
     * @return one message per problem, each naming the template and what to do; empty when all is as checked
     */
    public List<String> problems(ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        String running = generatorVersion(loader);
        if (!running.equals(checkedVersion)) {
            problems.add("openapi-generator is " + running + ", but the template overrides were checked against "
                    + checkedVersion + ". " + howToRecheck("every override in " + TEMPLATES));
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(stockSha256).entrySet()) {
            String template = entry.getKey();
            if (Hashing.resource(loader, TEMPLATES + "/" + template) == null) {
                problems.add("the override " + template + " is listed in " + CHECKED_AGAINST
                        + " but missing from " + TEMPLATES + ".");
                continue;
            }
            byte[] stock = Hashing.resource(loader, STOCK + template);
            if (stock == null) {
                problems.add("the stock template " + STOCK + template + " that " + template + " replaces no longer"
                        + " exists in openapi-generator " + running + ". " + howToRecheck(template));
            } else if (!Hashing.sha256(stock).equals(entry.getValue())) {
                problems.add("the stock template " + STOCK + template + " changed (SHA-256 " + Hashing.sha256(stock)
                        + ", checked: " + entry.getValue() + "). " + howToRecheck(template));
            }
        }
        return problems;
    }

    private static String howToRecheck(String what) {
        return "Compare " + what + " with the new stock template(s), carry our changes over (codegen/README.md,"
                + " \"Upgrading the generator\"), then record the version and the stock SHA-256s in " + SOURCE + ".";
    }
}
