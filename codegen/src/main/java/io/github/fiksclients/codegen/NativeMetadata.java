package io.github.fiksclients.codegen;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.fiksclients.codegen.FiksJavaCodegen.GeneratedModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GraalVM native-image reachability metadata ({@code reachability-metadata.json}) for what one spec generated, and
 * the module's file made of every spec's part. Each generated class is registered with what reads it reflectively:
 *
 * <ul>
 *   <li>an API interface: its methods (Retrofit reads each method's annotations, parameter annotations and generic
 *       types) and a dynamic proxy of the interface alone ({@code Retrofit.create});</li>
 *   <li>a model class: its fields and constructors (Gson reads and writes fields, and creates instances through the
 *       no-argument constructor) and its public methods (for frameworks that map beans by their getters);</li>
 *   <li>an enum: its fields and public methods; its nested Gson {@code Adapter}: its constructors (Gson creates it
 *       for {@code @JsonAdapter});</li>
 *   <li>the {@code JSON} class: its static {@code gson()} (fiks-core finds the class by the name in the API
 *       descriptor and calls the method reflectively);</li>
 *   <li>every other generated class, including the named classes nested in {@code JSON} and
 *       {@code CollectionFormats}: the type alone. Nothing reflects on them, but listing every generated class lets
 *       the check ({@link NativeMetadataCheck}) demand that none is left out;</li>
 * </ul>
 *
 * <p>and the API descriptor {@code fiks-api.properties} as a resource. Anonymous classes (the discriminator
 * {@code TypeSelector}s in {@code JSON}) are only ever created with {@code new} inside their class, so they need
 * nothing. The format is GraalVM's single-file one, read by GraalVM for JDK 23 and later and, through a backported
 * parser, by the later updates of GraalVM for JDK 17 and 21; unlike {@code proxy-config.json} it gives no
 * deprecation warning.
 */
final class NativeMetadata {

    /** The file name GraalVM looks for under {@code META-INF/native-image/<groupId>/<artifactId>/}. */
    static final String FILE_NAME = "reachability-metadata.json";

    /** Where a spec's part is kept in its output folder, so that an unchanged spec need not be generated again. */
    static final String SPEC_PART = ".fiks-native-metadata.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A class, enum, interface or record declared in a generated supporting file, one level deep. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract)\\s+)*(?:class|enum|interface|record)\\s+(\\w+)",
            Pattern.MULTILINE);

    private NativeMetadata() {
    }

    /**
     * Returns the path of a module's metadata inside a resource root.
     *
     * @param groupId the module's groupId
     * @param artifactId the module's artifactId
     * @return {@code META-INF/native-image/<groupId>/<artifactId>/reachability-metadata.json}
     */
    static String path(String groupId, String artifactId) {
        return "META-INF/native-image/" + groupId + "/" + artifactId + "/" + FILE_NAME;
    }

    /**
     * Describes what one spec generated.
     *
     * @param spec the spec
     * @param sourceRoot the folder the spec's sources were generated into (the package folders are below it)
     * @param javaFiles every {@code .java} file generated below {@code sourceRoot}
     * @param models the models as the templates saw them, by class simple name
     * @return the spec's part: {@code reflection} and {@code resources}, sorted by name
     * @throws IOException if a generated supporting file cannot be read
     */
    static JsonObject forSpec(SpecEntry spec, Path sourceRoot, Collection<Path> javaFiles,
            Map<String, GeneratedModel> models) throws IOException {
        Map<String, Entry> types = new TreeMap<>();
        JsonArray proxies = new JsonArray();
        for (Path file : javaFiles.stream().sorted().toList()) {
            String relative = sourceRoot.relativize(file).toString().replace('\\', '/');
            String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
            int dot = className.lastIndexOf('.');
            String javaPackage = dot < 0 ? "" : className.substring(0, dot);
            String simpleName = className.substring(dot + 1);
            if (javaPackage.equals(spec.apiPackage())) {
                types.put(className, type(className).put("allDeclaredMethods"));
                proxies.add(proxy(className));
            } else if (javaPackage.equals(spec.modelPackage())) {
                GeneratedModel model = models.get(simpleName);
                if (model != null && model.isEnum()) {
                    types.put(className, type(className).put("allDeclaredFields").put("allPublicMethods"));
                    types.put(className + "$Adapter", type(className + "$Adapter").put("allDeclaredConstructors"));
                } else {
                    types.put(className, type(className)
                            .put("allDeclaredFields").put("allDeclaredConstructors").put("allPublicMethods"));
                    for (String inner : model == null ? List.<String>of() : model.innerEnums()) {
                        String enumName = className + "$" + inner;
                        types.put(enumName, type(enumName).put("allDeclaredFields").put("allPublicMethods"));
                        types.put(enumName + "$Adapter", type(enumName + "$Adapter").put("allDeclaredConstructors"));
                    }
                }
            } else {
                Entry entry = type(className);
                if (className.equals(spec.javaPackage() + ".JSON")) {
                    entry.method("gson");
                }
                types.put(className, entry);
                for (String nested : nestedDeclarations(Files.readString(file, StandardCharsets.UTF_8), simpleName)) {
                    types.put(className + "$" + nested, type(className + "$" + nested));
                }
            }
        }
        JsonArray reflection = new JsonArray();
        types.values().forEach(entry -> reflection.add(entry.json));
        proxies.forEach(reflection::add);
        JsonArray resources = new JsonArray();
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("glob", ApiDescriptor.path(spec));
        resources.add(descriptor);
        JsonObject part = new JsonObject();
        part.add("reflection", reflection);
        part.add("resources", resources);
        return part;
    }

    /** The names of the classes a supporting file declares besides its own top-level class. */
    static List<String> nestedDeclarations(String source, String topLevel) {
        Matcher matcher = DECLARATION.matcher(source);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        names.remove(topLevel);
        return List.copyOf(names);
    }

    /**
     * Joins the parts of a module's specs, in the order given, and entries written by hand.
     *
     * @param parts each spec's part, as {@link #forSpec} made it
     * @param handWritten the module's own metadata in the same format, or {@code null}
     * @return the module's metadata
     */
    static JsonObject merge(List<JsonObject> parts, JsonObject handWritten) {
        JsonArray reflection = new JsonArray();
        JsonArray resources = new JsonArray();
        for (JsonObject part : parts) {
            addAll(reflection, part, "reflection");
            addAll(resources, part, "resources");
        }
        if (handWritten != null) {
            addAll(reflection, handWritten, "reflection");
            addAll(resources, handWritten, "resources");
        }
        JsonObject module = new JsonObject();
        module.addProperty("comment", "Generated by fiks-codegen-maven-plugin from specs/specs.json (every generated"
                + " class, the Retrofit interfaces' proxies, the API descriptors) and the module's"
                + " src/main/native-image/reachability-metadata.json, if any. Do not edit.");
        module.add("reflection", reflection);
        module.add("resources", resources);
        return module;
    }

    private static void addAll(JsonArray into, JsonObject from, String key) {
        JsonElement array = from.get(key);
        if (array != null && array.isJsonArray()) {
            into.addAll(array.getAsJsonArray());
        }
    }

    /**
     * Renders metadata as the file's text.
     *
     * @param metadata the metadata
     * @return pretty-printed JSON ending with a newline
     */
    static String render(JsonObject metadata) {
        return GSON.toJson(metadata) + "\n";
    }

    private static Entry type(String className) {
        return new Entry(className);
    }

    private static JsonObject proxy(String interfaceName) {
        JsonArray interfaces = new JsonArray();
        interfaces.add(interfaceName);
        JsonObject proxy = new JsonObject();
        proxy.add("proxy", interfaces);
        JsonObject entry = new JsonObject();
        entry.add("type", proxy);
        return entry;
    }

    /** One {@code reflection} entry of a named type. */
    private static final class Entry {
        private final JsonObject json = new JsonObject();

        Entry(String className) {
            json.addProperty("type", className);
        }

        Entry put(String flag) {
            json.addProperty(flag, true);
            return this;
        }

        Entry method(String name) {
            JsonObject method = new JsonObject();
            method.addProperty("name", name);
            method.add("parameterTypes", new JsonArray());
            JsonArray methods = new JsonArray();
            methods.add(method);
            json.add("methods", methods);
            return this;
        }
    }
}
