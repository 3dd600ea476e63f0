package io.github.fiksclients.contract;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.fiksclients.codegen.JsonMergePatch;
import io.github.fiksclients.codegen.Manifest;
import io.github.fiksclients.codegen.ServiceEntry;
import io.github.fiksclients.codegen.SpecEntry;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every operation of every spec in {@code specs/specs.json}, each spec with its patch applied as the build
 * applies it, so the operations are those the generated code was made from.
 */
final class SpecOperations {

    /** The manifest of this checkout (tests run in the module's folder). */
    static final Path MANIFEST = Path.of("..", "specs", "specs.json");

    private SpecOperations() {
    }

    /**
     * Reads the manifest.
     *
     * @return the manifest
     */
    static Manifest manifest() {
        try {
            return Manifest.read(MANIFEST);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + MANIFEST.toAbsolutePath().normalize(), e);
        }
    }

    /**
     * Every operation of every spec of every service, in manifest order and then in the order of each spec's paths.
     *
     * @param manifest the manifest
     * @return the operations
     */
    static List<SpecOperation> all(Manifest manifest) {
        List<SpecOperation> operations = new ArrayList<>();
        for (ServiceEntry service : manifest.services()) {
            for (SpecEntry spec : service.specs()) {
                OpenAPI openApi = parse(manifest, spec);
                for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
                    for (Map.Entry<PathItem.HttpMethod, Operation> operation
                            : path.getValue().readOperationsMap().entrySet()) {
                        operations.add(new SpecOperation(service, spec, openApi, path.getKey(), operation.getKey(),
                                operation.getValue()));
                    }
                }
            }
        }
        return operations;
    }

    /** The spec as the build generates it: patched where the manifest names a patch, Swagger 2.0 converted. */
    private static OpenAPI parse(Manifest manifest, SpecEntry spec) {
        String json = read(manifest.specsDir().resolve(spec.file()));
        if (spec.patch() != null) {
            JsonElement patched = JsonMergePatch.apply(JsonParser.parseString(json),
                    JsonParser.parseString(read(manifest.specsDir().resolve(spec.patch()))));
            json = patched.toString();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
            throw new IllegalStateException("Cannot parse " + spec.file() + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
