package io.github.fiksclients.codegen;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a built jar's native-image metadata against the jar itself, class by class, by what the libraries that run
 * the clients read reflectively. It does not trust how the metadata was made: it loads every class of the jar and
 * asks what Gson, Retrofit and fiks-core will do with it.
 *
 * <ul>
 *   <li>Every named class of a generated package is registered (anonymous and local classes are only created with
 *       {@code new} inside their class and need nothing).</li>
 *   <li>A class with a {@code @SerializedName} field (Gson reads and writes it reflectively): its fields, and, unless
 *       it is abstract, its no-argument constructor (or, without one, unsafe allocation).</li>
 *   <li>{@code @JsonAdapter(X.class)} on a class or field: the annotated class, and {@code X}'s no-argument
 *       constructor (Gson creates {@code X} reflectively).</li>
 *   <li>A subclass of Gson's {@code TypeToken}, anonymous ones included: the type (its generic superclass is read).</li>
 *   <li>An interface with a Retrofit ({@code retrofit2.http}) annotation on a method: all its declared methods and a
 *       proxy of the interface alone.</li>
 *   <li>Every resource of the jar outside {@code META-INF/}: matched by a {@code resources} glob. For an API
 *       descriptor ({@code fiks-api.properties}) also: the class its {@code json} key names, with its
 *       {@code gson()} method.</li>
 *   <li>Nothing stale: every registered type of ours and every proxied interface is a class of the jar; every glob
 *       matches a resource of the jar.</li>
 * </ul>
 */
final class NativeMetadataCheck {

    private static final String SERIALIZED_NAME = "com.google.gson.annotations.SerializedName";
    private static final String JSON_ADAPTER = "com.google.gson.annotations.JsonAdapter";
    private static final String TYPE_TOKEN = "com.google.gson.reflect.TypeToken";
    private static final String RETROFIT_HTTP = "retrofit2.http.";
    private static final String OUR_PACKAGES = "io.github.fiksclients.";

    /** What the check reads of a jar. */
    interface Jar {

        /**
         * Returns the binary names of the jar's classes ({@code a.b.C$D}), without {@code module-info},
         * {@code package-info} and versioned classes.
         *
         * @return the class names
         */
        List<String> classNames();

        /**
         * Returns the paths of the jar's other files ({@code a/b/file.properties}), without folders.
         *
         * @return the resource paths
         */
        List<String> resourceNames();

        /**
         * Reads a file of the jar.
         *
         * @param path its path in the jar
         * @return its bytes, or {@code null} if there is no such file
         * @throws IOException if it cannot be read
         */
        byte[] read(String path) throws IOException;
    }

    private final Jar jar;
    private final ClassLoader loader;
    private final Set<String> generatedPackages;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Registration> types = new HashMap<>();
    private final Set<List<String>> proxies = new HashSet<>();
    private final List<String> globs = new ArrayList<>();

    private NativeMetadataCheck(Jar jar, ClassLoader loader, Set<String> generatedPackages) {
        this.jar = jar;
        this.loader = loader;
        this.generatedPackages = Set.copyOf(generatedPackages);
    }

    /**
     * Checks a jar.
     *
     * @param jar the jar
     * @param metadataPath where its metadata is, such as
     *     {@code META-INF/native-image/io.github.fiksclients/fiks-core/reachability-metadata.json}; a jar without
     *     it passes when none of its classes or resources needs an entry
     * @param generatedPackages the packages whose every class must be registered (a service module's generated
     *     packages; empty for a hand-written module)
     * @param loader loads the jar's classes with their dependencies
     * @return one line per problem, naming the class or resource and what it lacks; empty if the metadata is complete
     * @throws IOException if the jar cannot be read
     */
    static List<String> problems(Jar jar, String metadataPath, Set<String> generatedPackages, ClassLoader loader)
            throws IOException {
        NativeMetadataCheck check = new NativeMetadataCheck(jar, loader, generatedPackages);
        byte[] metadata = jar.read(metadataPath);
        if (metadata != null) {
            check.index(metadataPath, metadata);
        }
        if (check.problems.isEmpty()) {
            check.checkClasses();
            check.checkResources();
            check.checkNothingStale();
        }
        if (metadata == null && !check.problems.isEmpty()) {
            check.problems.add(0, "the jar has no " + metadataPath + ": create it (src/main/resources/" + metadataPath
                    + ") with the entries below");
        }
        return List.copyOf(check.problems);
    }

    private void index(String metadataPath, byte[] metadata) {
        JsonObject root;
        try {
            root = JsonParser.parseString(new String(metadata, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            problems.add(metadataPath + " is not a JSON object: " + e.getMessage());
            return;
        }
        JsonElement reflection = root.get("reflection");
        if (reflection != null && reflection.isJsonArray()) {
            for (JsonElement each : reflection.getAsJsonArray()) {
                JsonObject entry = each.getAsJsonObject();
                JsonElement type = entry.get("type");
                if (type != null && type.isJsonPrimitive()) {
                    types.computeIfAbsent(type.getAsString(), t -> new Registration()).add(entry);
                } else if (type != null && type.isJsonObject() && type.getAsJsonObject().has("proxy")) {
                    List<String> interfaces = new ArrayList<>();
                    type.getAsJsonObject().getAsJsonArray("proxy").forEach(i -> interfaces.add(i.getAsString()));
                    proxies.add(List.copyOf(interfaces));
                } else {
                    problems.add(metadataPath + ": a reflection entry without a \"type\": " + entry);
                }
            }
        }
        JsonElement resources = root.get("resources");
        if (resources != null && resources.isJsonArray()) {
            for (JsonElement each : resources.getAsJsonArray()) {
                JsonElement glob = each.getAsJsonObject().get("glob");
                if (glob != null) {
                    globs.add(glob.getAsString());
                }
            }
        }
    }

    private void checkClasses() {
        for (String name : jar.classNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(name + ": cannot be loaded to check it (" + e + ")");
                continue;
            }
            try {
                checkClass(type);
            } catch (LinkageError | TypeNotPresentException e) {
                problems.add(name + ": cannot be inspected (" + e + ")");
            }
        }
    }

    private void checkClass(Class<?> type) {
        String name = type.getName();
        boolean named = !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
        if (named && generatedPackages.contains(type.getPackageName())) {
            require(name, "a generated class", reg -> true, "");
        }
        if (extendsTypeToken(type)) {
            require(name, "a TypeToken subclass (Gson reads its generic superclass)", reg -> true, "");
        }
        checkGsonFields(type);
        checkJsonAdapters(type);
        checkRetrofitInterface(type);
    }

    private void checkGsonFields(Class<?> type) {
        if (type.isInterface() || type.isEnum()) {
            return;
        }
        boolean serialized = false;
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && has(field.getAnnotations(), SERIALIZED_NAME)) {
                serialized = true;
                break;
            }
        }
        if (!serialized) {
            return;
        }
        String name = type.getName();
        require(name, "Gson reads and writes its fields", reg -> reg.flag("allDeclaredFields"),
                "\"allDeclaredFields\": true");
        if (!Modifier.isAbstract(type.getModifiers())) {
            requireNoArgConstructor(type, "Gson creates it");
        }
    }

    private void checkJsonAdapters(Class<?> type) {
        Class<?> onClass = jsonAdapter(type.getAnnotations());
        if (onClass != null) {
            require(type.getName(), "Gson reads its @JsonAdapter", reg -> true, "");
            requireNoArgConstructor(onClass, "Gson creates it for @JsonAdapter on " + type.getName());
        }
        if (type.isInterface()) {
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            Class<?> onField = jsonAdapter(field.getAnnotations());
            if (onField != null) {
                requireNoArgConstructor(onField, "Gson creates it for @JsonAdapter on " + type.getName() + "."
                        + field.getName());
            }
        }
    }

    private void checkRetrofitInterface(Class<?> type) {
        if (!type.isInterface() || type.isAnnotation()) {
            return;
        }
        boolean retrofit = false;
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getName().startsWith(RETROFIT_HTTP)) {
                    retrofit = true;
                }
            }
        }
        if (!retrofit) {
            return;
        }
        String name = type.getName();
        require(name, "Retrofit reads its methods", reg -> reg.flag("allDeclaredMethods"),
                "\"allDeclaredMethods\": true");
        if (!proxies.contains(List.of(name))) {
            problems.add(name + ": Retrofit creates a proxy of it; add {\"type\": {\"proxy\": [\"" + name + "\"]}}");
        }
    }

    private void checkResources() throws IOException {
        for (String resource : jar.resourceNames()) {
            if (resource.startsWith("META-INF/")) {
                continue;
            }
            if (globs.stream().noneMatch(glob -> matches(glob, resource))) {
                problems.add(resource + ": a resource of the jar; add {\"glob\": \"" + resource + "\"} to resources");
            }
            if (resource.endsWith("/" + ApiDescriptor.FILE_NAME)) {
                checkDescriptor(resource);
            }
        }
    }

    private void checkDescriptor(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(jar.read(resource)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String json = properties.getProperty("json");
        if (json == null) {
            return;
        }
        json = json.strip();
        require(json, "fiks-core calls its gson() reflectively (" + resource + ")",
                reg -> reg.method("gson") || reg.flag("allPublicMethods") || reg.flag("allDeclaredMethods"),
                "\"methods\": [{\"name\": \"gson\", \"parameterTypes\": []}]");
    }

    private void checkNothingStale() {
        Set<String> classes = new HashSet<>(jar.classNames());
        for (String type : new TreeSet<>(types.keySet())) {
            if (type.startsWith(OUR_PACKAGES) && !classes.contains(type)) {
                problems.add(type + ": registered, but the jar has no such class");
            }
        }
        for (List<String> proxy : proxies) {
            for (String type : proxy) {
                if (type.startsWith(OUR_PACKAGES) && !classes.contains(type)) {
                    problems.add(type + ": proxied, but the jar has no such interface");
                }
            }
        }
        List<String> resources = jar.resourceNames();
        for (String glob : globs) {
            if (resources.stream().noneMatch(resource -> matches(glob, resource))) {
                problems.add(glob + ": a resources glob that matches nothing in the jar");
            }
        }
    }

    private void requireNoArgConstructor(Class<?> type, String why) {
        Constructor<?> noArgs;
        try {
            noArgs = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            noArgs = null;
        }
        if (noArgs == null) {
            require(type.getName(), why + " without a no-argument constructor", reg -> reg.flag("unsafeAllocated"),
                    "\"unsafeAllocated\": true");
            return;
        }
        boolean isPublic = Modifier.isPublic(noArgs.getModifiers());
        require(type.getName(), why + " through its no-argument constructor",
                reg -> reg.flag("allDeclaredConstructors") || (isPublic && reg.flag("allPublicConstructors"))
                        || reg.method("<init>"),
                "\"allDeclaredConstructors\": true");
    }

    /**
     * Requires a registration of a type that grants enough.
     *
     * @param member the JSON member that grants it, for the message, such as {@code "allDeclaredFields": true};
     *     empty when the registration alone is enough
     */
    private void require(String type, String why, Predicate<Registration> enough, String member) {
        Registration registration = types.get(type);
        if (registration == null) {
            problems.add(type + ": not registered (" + why + "); add {\"type\": \"" + type + "\""
                    + (member.isEmpty() ? "" : ", " + member) + "} to \"reflection\"");
        } else if (!enough.test(registration)) {
            problems.add(type + ": registered without what is needed (" + why + "); add " + member + " to its entry");
        }
    }

    private static boolean extendsTypeToken(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (TYPE_TOKEN.equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Annotation[] annotations, String typeName) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** The adapter class a {@code @JsonAdapter} among the annotations names, or {@code null}. */
    private static Class<?> jsonAdapter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(JSON_ADAPTER)) {
                try {
                    return (Class<?>) annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IllegalStateException("cannot read " + annotation, e);
                }
            }
        }
        return null;
    }

    /**
     * Tells whether a native-image resource glob matches a path: {@code **} matches any number of path levels,
     * {@code *} any characters within one level, everything else itself.
     *
     * @param glob the glob
     * @param path a resource path
     * @return whether it matches
     */
    static boolean matches(String glob, String path) {
        StringBuilder regex = new StringBuilder();
        String[] levels = glob.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            boolean last = i == levels.length - 1;
            if (level.equals("**")) {
                regex.append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }
            for (String piece : level.split("((?<=\\*)|(?=\\*))")) {
                regex.append(piece.equals("*") ? "[^/]*" : Pattern.quote(piece));
            }
            if (!last) {
                regex.append('/');
            }
        }
        return Pattern.matches(regex.toString(), path);
    }

    /** What the metadata grants one named type, over all its entries. */
    private static final class Registration {
        private final Set<String> flags = new HashSet<>();
        private final Set<String> methods = new HashSet<>();

        void add(JsonObject entry) {
            for (Map.Entry<String, JsonElement> member : entry.entrySet()) {
                JsonElement value = member.getValue();
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean()) {
                    flags.add(member.getKey());
                }
            }
            JsonElement declared = entry.get("methods");
            if (declared != null && declared.isJsonArray()) {
                for (JsonElement method : declared.getAsJsonArray()) {
                    JsonObject m = method.getAsJsonObject();
                    JsonElement parameters = m.get("parameterTypes");
                    if (parameters == null || parameters.getAsJsonArray().isEmpty()) {
                        methods.add(m.get("name").getAsString());
                    }
                }
            }
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        /** Whether the method with this name and no parameters is registered. */
        boolean method(String name) {
            return methods.contains(name);
        }
    }
}
