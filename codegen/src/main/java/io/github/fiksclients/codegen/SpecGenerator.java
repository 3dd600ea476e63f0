package io.github.fiksclients.codegen;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Runs openapi-generator for one spec with the suite's one configuration: generator {@code java}, library
 * {@code retrofit2}, Gson, {@code java.time}, Jakarta annotations, our template overrides, only the API
 * interfaces, the models and three support classes, and the spec's {@code ErrorMessage} replaced by the shared
 * {@code FiksError}. Why each option is set: {@code codegen/README.md}.
 */
final class SpecGenerator {

    /** The generator's language options ({@code configOptions} in openapi-generator-maven-plugin). */
    static final Map<String, Object> OPTIONS = options();

    /** Which files the generator writes ({@code globalProperties}). */
    static final Map<String, String> FILES = files();

    /** Schema names mapped to our own types. */
    static final Map<String, String> TYPE_MAPPINGS = Map.of("ErrorMessage", "FiksError");

    /** Where the mapped types live. */
    static final Map<String, String> IMPORT_MAPPINGS = Map.of("FiksError", "io.github.fiksclients.errors.FiksError");

    static final String LIBRARY = "retrofit2";

    /** Where the generated sources go inside a spec's output folder. */
    static final String SOURCE_FOLDER = "src/main/java";

    private SpecGenerator() {
    }

    private static Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("serializationLibrary", "gson");
        options.put("dateLibrary", "java8");
        options.put("useJakartaEe", true);
        options.put("openApiNullable", false);
        options.put("hideGenerationTimestamp", true);
        options.put("enumUnknownDefaultCase", true);
        options.put("containerDefaultToNull", true);
        options.put("disallowAdditionalPropertiesIfNotPresent", false);
        options.put("sourceFolder", SOURCE_FOLDER);
        return options;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CodegenConstants.APIS, "");
        files.put(CodegenConstants.MODELS, "");
        files.put(CodegenConstants.SUPPORTING_FILES, "JSON.java,CollectionFormats.java,StringUtil.java");
        files.put(CodegenConstants.API_TESTS, "false");
        files.put(CodegenConstants.MODEL_TESTS, "false");
        files.put(CodegenConstants.API_DOCS, "false");
        files.put(CodegenConstants.MODEL_DOCS, "false");
        files.put(CodegenConstants.GENERATE_RECURSIVE_DEPENDENT_MODELS, "false");
        return files;
    }

    /**
     * Returns the whole configuration as text, for the generation fingerprint.
     *
     * @return one line per setting, in a fixed order
     */
    static String configuration() {
        return "generator=" + FiksJavaCodegen.class.getName() + "\nlibrary=" + LIBRARY + "\ntemplates="
                + TemplateGuard.TEMPLATES + "\noptions=" + OPTIONS + "\nfiles=" + FILES + "\ntypeMappings="
                + new TreeMap<>(TYPE_MAPPINGS) + "\nimportMappings=" + new TreeMap<>(IMPORT_MAPPINGS)
                + "\n";
    }

    /**
     * Generates one spec.
     *
     * @param spec the manifest entry
     * @param input the spec file to read (ours, or the patched copy)
     * @param output the spec's own output folder
     * @return what the generator saw and wrote
     */
    @SuppressWarnings("deprecation") // ClientOptInput.getConfig(): the only way to reach the generator instance
    static Result generate(SpecEntry spec, Path input, Path output) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(FiksJavaCodegen.class.getName())
                .setLibrary(LIBRARY)
                .setInputSpec(input.toString())
                .setOutputDir(output.toString())
                .setTemplateDir(TemplateGuard.TEMPLATES)
                .setInvokerPackage(spec.javaPackage())
                .setApiPackage(spec.apiPackage())
                .setModelPackage(spec.modelPackage())
                .setTypeMappings(TYPE_MAPPINGS)
                .setImportMappings(IMPORT_MAPPINGS)
                .setVerbose(false)
                .setQuiet(true);
        OPTIONS.forEach(configurator::addAdditionalProperty);
        try {
            FILES.forEach(GlobalSettings::setProperty);
            ClientOptInput options = configurator.toClientOptInput();
            FiksJavaCodegen codegen = (FiksJavaCodegen) options.getConfig();
            codegen.idempotentOperationIds(Set.copyOf(spec.idempotentOperations()));
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGenerateMetadata(false);
            List<File> files = generator.opts(options).generate();
            return new Result(codegen, files.stream().map(File::toPath).toList());
        } finally {
            GlobalSettings.reset();
        }
    }

    /**
     * What one generation produced.
     *
     * @param codegen the generator, with the operations and models it saw
     * @param files the files it wrote
     */
    record Result(FiksJavaCodegen codegen, List<Path> files) {

        /** Returns how many files it wrote. */
        int fileCount() {
            return files.size();
        }
    }
}
