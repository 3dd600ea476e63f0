package io.github.fiksclients.codegen;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code specs/specs.json}, format 2: one entry per Fiks service with its module, base URLs, authentication and
 * specs. Reading checks every fact the build relies on, so a wrong entry fails with its place and the fix.
 */
public final class Manifest {

    /** The authentication modes a service or spec may name. */
    public static final Set<String> AUTHENTICATION_MODES = Set.of("integrasjon", "integrasjon-person", "basic");

    /** The spec formats a spec may name. */
    public static final Set<String> FORMATS = Set.of("openapi-3.0", "swagger-2.0");

    private static final Pattern SERVICE_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern JAVA_PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private final Path file;
    private final String publishedAt;
    private final List<ServiceEntry> services;

    private Manifest(Path file, String publishedAt, List<ServiceEntry> services) {
        this.file = file;
        this.publishedAt = publishedAt;
        this.services = List.copyOf(services);
    }

    /**
     * Reads and checks a manifest.
     *
     * @param file the {@code specs.json} file
     * @return the manifest
     * @throws ManifestException if the file is missing, is not JSON, or an entry is incomplete or wrong
     */
    public static Manifest read(Path file) throws ManifestException {
        JsonObject root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new ManifestException("manifest not found: " + file, e);
        } catch (IOException e) {
            throw new ManifestException("cannot read manifest " + file + ": " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ManifestException("manifest " + file + " is not a JSON object: " + e.getMessage(), e);
        }
        Reader reader = new Reader(file);
        String publishedAt = reader.text(root, "publishedAt", "the manifest");
        List<ServiceEntry> services = new ArrayList<>();
        JsonArray array = reader.array(root, "services", "the manifest");
        for (int i = 0; i < array.size(); i++) {
            services.add(reader.service(array.get(i), "services[" + i + "]"));
        }
        reader.checkUnique(services);
        return new Manifest(file, publishedAt, services);
    }

    /**
     * Returns the manifest file.
     *
     * @return the path it was read from
     */
    public Path file() {
        return file;
    }

    /**
     * Returns the directory spec files and patches are relative to: the manifest's own directory.
     *
     * @return the specs directory
     */
    public Path specsDir() {
        return file.toAbsolutePath().getParent();
    }

    /**
     * Returns the base URL KS publishes the specs under.
     *
     * @return the {@code publishedAt} URL
     */
    public String publishedAt() {
        return publishedAt;
    }

    /**
     * Returns every service, in manifest order.
     *
     * @return the services
     */
    public List<ServiceEntry> services() {
        return services;
    }

    /**
     * Finds the service generated into a module.
     *
     * @param module a Maven artifactId
     * @return the service whose {@code module} it is, if any
     */
    public Optional<ServiceEntry> serviceOfModule(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst();
    }

    /** Reads entries, naming their place in every error. */
    private static final class Reader {

        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        ServiceEntry service(JsonElement element, String where) throws ManifestException {
            JsonObject json = object(element, where);
            String id = text(json, "service", where);
            if (!SERVICE_ID.matcher(id).matches()) {
                throw error(where, "'service' must be lower-case letters, digits and '-', not '" + id + "'");
            }
            String at = where + " (" + id + ")";
            String module = text(json, "module", at);
            String name = text(json, "name", at);
            String description = text(json, "description", at);
            BaseUrls baseUrls = baseUrls(json.get("baseUrls"), at);
            List<String> authentication = authentication(json.get("authentication"), at);
            boolean published = bool(json, "published", at, true);
            JsonArray specsJson = array(json, "specs", at);
            if (specsJson.isEmpty()) {
                throw error(at, "'specs' is empty: a service has at least one spec");
            }
            List<SpecEntry> specs = new ArrayList<>();
            for (int i = 0; i < specsJson.size(); i++) {
                specs.add(spec(specsJson.get(i), at + ".specs[" + i + "]", baseUrls, authentication));
            }
            Set<String> stems = new HashSet<>();
            for (SpecEntry spec : specs) {
                if (!stems.add(spec.stem())) {
                    throw error(at, "two specs have the file name '" + spec.stem() + "': each needs its own output folder");
                }
            }
            JsonObject withoutSpecs = json.deepCopy();
            withoutSpecs.remove("specs");
            return new ServiceEntry(id, module, name, description, published, specs, withoutSpecs);
        }

        private SpecEntry spec(JsonElement element, String where, BaseUrls serviceBaseUrls, List<String> serviceAuth)
                throws ManifestException {
            JsonObject json = object(element, where);
            String file = text(json, "file", where);
            String at = where + " (" + file + ")";
            String javaPackage = text(json, "package", at);
            if (!JAVA_PACKAGE.matcher(javaPackage).matches()) {
                throw error(at, "'package' is not a lower-case Java package name: '" + javaPackage + "'");
            }
            String format = text(json, "format", at);
            if (!FORMATS.contains(format)) {
                throw error(at, "'format' must be one of " + new TreeSet<>(FORMATS) + ", not '" + format + "'");
            }
            BaseUrls baseUrls = json.has("baseUrls") ? baseUrls(json.get("baseUrls"), at) : serviceBaseUrls;
            List<String> auth = json.has("authentication") ? authentication(json.get("authentication"), at) : serviceAuth;
            List<String> idempotent = json.has("idempotentOperations")
                    ? strings(json.get("idempotentOperations"), "idempotentOperations", at)
                    : List.of();
            String patch = json.has("patch") ? text(json, "patch", at) : null;
            long provenance = List.of("upstream", "url", "upstreamRevision").stream().filter(json::has).count();
            if (provenance != 0 && provenance != 3) {
                throw error(at, "needs all of 'upstream', 'url' and 'upstreamRevision' (a published spec), or none"
                        + " (a spec of our own)");
            }
            return new SpecEntry(
                    file,
                    javaPackage,
                    format,
                    text(json, "version", at),
                    optionalText(json, "upstream", at),
                    optionalText(json, "url", at),
                    optionalText(json, "upstreamRevision", at),
                    baseUrls,
                    auth,
                    idempotent,
                    patch,
                    json.deepCopy());
        }

        private BaseUrls baseUrls(JsonElement element, String where) throws ManifestException {
            if (element == null) {
                throw error(where, "has no 'baseUrls' ({\"test\": \"https://...\", \"prod\": \"https://...\"})");
            }
            JsonObject json = object(element, where + ".baseUrls");
            String test = text(json, "test", where + ".baseUrls");
            String prod = text(json, "prod", where + ".baseUrls");
            for (String url : List.of(test, prod)) {
                if (!url.startsWith("https://") || !url.endsWith("/")) {
                    throw error(where, "base URL '" + url + "' must start with https:// and end with '/'");
                }
            }
            return new BaseUrls(test, prod);
        }

        private List<String> authentication(JsonElement element, String where) throws ManifestException {
            if (element == null) {
                throw error(where, "has no 'authentication' (one or more of " + new TreeSet<>(AUTHENTICATION_MODES) + ")");
            }
            List<String> modes = strings(element, "authentication", where);
            if (modes.isEmpty()) {
                throw error(where, "'authentication' is empty");
            }
            for (String mode : modes) {
                if (!AUTHENTICATION_MODES.contains(mode)) {
                    throw error(where, "unknown authentication '" + mode + "' (known: "
                            + String.join(", ", new TreeSet<>(AUTHENTICATION_MODES)) + ")");
                }
            }
            return modes;
        }

        private List<String> strings(JsonElement element, String field, String where) throws ManifestException {
            if (!element.isJsonArray()) {
                throw error(where, "'" + field + "' must be a list of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonElement value : element.getAsJsonArray()) {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
                    throw error(where, "'" + field + "' must be a list of strings");
                }
                values.add(value.getAsString());
            }
            return values;
        }

        private boolean bool(JsonObject json, String field, String where, boolean absent) throws ManifestException {
            JsonElement value = json.get(field);
            if (value == null) {
                return absent;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                throw error(where, "'" + field + "' must be true or false");
            }
            return value.getAsBoolean();
        }

        JsonArray array(JsonObject json, String field, String where) throws ManifestException {
            JsonElement value = json.get(field);
            if (value == null || !value.isJsonArray()) {
                throw error(where, "has no '" + field + "' list");
            }
            return value.getAsJsonArray();
        }

        private JsonObject object(JsonElement element, String where) throws ManifestException {
            if (element == null || !element.isJsonObject()) {
                throw error(where, "is not an object");
            }
            return element.getAsJsonObject();
        }

        /** A field that may be left out; when present it must be a non-blank string. */
        private String optionalText(JsonObject json, String field, String where) throws ManifestException {
            return json.has(field) ? text(json, field, where) : null;
        }

        String text(JsonObject json, String field, String where) throws ManifestException {
            JsonElement value = json.get(field);
            if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()
                    || value.getAsString().isBlank()) {
                throw error(where, "has no '" + field + "'");
            }
            return value.getAsString();
        }

        void checkUnique(List<ServiceEntry> services) throws ManifestException {
            Set<String> ids = new HashSet<>();
            Set<String> modules = new HashSet<>();
            Set<String> packages = new HashSet<>();
            for (ServiceEntry service : services) {
                if (!ids.add(service.service())) {
                    throw error("services", "the service '" + service.service() + "' is listed twice");
                }
                if (!modules.add(service.module())) {
                    throw error("services", "the module '" + service.module() + "' is listed twice");
                }
                for (SpecEntry spec : service.specs()) {
                    if (!packages.add(spec.javaPackage())) {
                        throw error("services", "the package '" + spec.javaPackage() + "' is used by two specs");
                    }
                }
            }
        }

        private ManifestException error(String where, String what) {
            return new ManifestException("manifest " + file + ": " + where + " " + what);
        }
    }
}
