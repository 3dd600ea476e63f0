package io.github.fiksclients.codegen;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The stock {@code java} generator with the facts our templates need set on each operation as vendor
 * extensions, and the operations recorded for the API descriptor. Used only by this plugin (by class name), not
 * registered as a generator anyone else can pick.
 *
 * <ul>
 *   <li>{@value #HAS_BODY}: the operation sends a body with a method Retrofit treats as body-less (a DELETE with
 *       a request body): the template writes {@code @HTTP(method = ..., hasBody = true)}, because Retrofit refuses
 *       {@code @DELETE} with {@code @Body} when the call is made.</li>
 *   <li>{@value #STREAMING}: the response is a file ({@code format: binary}) or bytes ({@code format: byte}): the
 *       template returns the raw {@code ResponseBody} with {@code @Streaming}.</li>
 *   <li>{@value #IDEMPOTENT}: the manifest lists the operation as safe to repeat.</li>
 *   <li>{@value #ERROR_RESPONSES}: the spec's documented non-2xx responses with the exception each becomes.</li>
 * </ul>
 */
public class FiksJavaCodegen extends JavaClientCodegen {

    /** Vendor extension: send the body with {@code @HTTP(hasBody = true)}. */
    public static final String HAS_BODY = "x-fiks-has-body";

    /** Vendor extension: return the raw body, streamed. */
    public static final String STREAMING = "x-fiks-streaming";

    /** Vendor extension: the manifest lists the operation as safe to repeat. */
    public static final String IDEMPOTENT = "x-fiks-idempotent";

    /** Vendor extension: a list of {@code code}, {@code exception}, {@code message} maps. */
    public static final String ERROR_RESPONSES = "x-fiks-error-responses";

    /** Set for the supporting files when the spec generates at least one model class. */
    public static final String HAS_MODELS = "fiksHasModels";

    /** The methods Retrofit's own annotations declare without a body ({@code hasBody = false}). */
    private static final Set<String> BODYLESS_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS");

    private static final Map<String, String> EXCEPTION_BY_STATUS = Map.of(
            "400", "FiksBadRequestException",
            "401", "FiksUnauthorizedException",
            "403", "FiksForbiddenException",
            "404", "FiksNotFoundException",
            "409", "FiksConflictException",
            "422", "FiksUnprocessableEntityException",
            "429", "FiksTooManyRequestsException");

    private Set<String> idempotentOperationIds = Set.of();
    private final Set<String> specOperationIds = new TreeSet<>();
    private final Map<String, Map<String, GeneratedOperation>> operationsByApi = new TreeMap<>();
    private final Map<String, GeneratedModel> modelsByClassName = new TreeMap<>();

    /** Creates the generator; configure it through {@link org.openapitools.codegen.config.CodegenConfigurator}. */
    public FiksJavaCodegen() {
        super();
    }

    /**
     * Sets the operationIds (as in the spec) the manifest declares safe to repeat.
     *
     * @param operationIds the operationIds
     */
    public void idempotentOperationIds(Set<String> operationIds) {
        this.idempotentOperationIds = Set.copyOf(operationIds);
    }

    /**
     * Returns every operationId the spec declares, as written in the spec.
     *
     * @return the operationIds, sorted
     */
    public Set<String> specOperationIds() {
        return specOperationIds;
    }

    /**
     * Returns the generated operations, by API interface simple name and then by Java method name.
     *
     * @return the operations, sorted
     */
    public Map<String, Map<String, GeneratedOperation>> operationsByApi() {
        return operationsByApi;
    }

    /**
     * Returns the models as the templates saw them, by class simple name, for the native-image metadata: which
     * classes are enums and which enums each model declares inside itself. Filled when the supporting files are
     * generated (after every model); includes models that a mapping replaces and that are therefore not written.
     *
     * @return the models, sorted by class name
     */
    public Map<String, GeneratedModel> models() {
        return modelsByClassName;
    }

    /**
     * Spells out the Norwegian letters of a tag before it becomes an interface name ({@code ø} as {@code o},
     * {@code æ} as {@code ae}, {@code å} as {@code a}); the stock generator drops them, so the tag
     * "Søknad og ettersendelse v1" would name an interface {@code SknadOgEttersendelseV1Api}.
     */
    @Override
    public String sanitizeTag(String tag) {
        return super.sanitizeTag(spellOutNorwegianLetters(tag));
    }

    static String spellOutNorwegianLetters(String text) {
        return text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("å", "a").replace("Å", "A");
    }

    @Override
    public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
        CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
        String specOperationId = operation.getOperationId();
        if (specOperationId != null) {
            specOperationIds.add(specOperationId);
        }
        if (!op.formParams.isEmpty()) {
            keepFormInSpecOrder(op);
        }
        boolean sendsBody = op.bodyParam != null || !op.formParams.isEmpty();
        if (sendsBody && BODYLESS_METHODS.contains(httpMethod.toUpperCase(Locale.ROOT))) {
            op.vendorExtensions.put(HAS_BODY, true);
        }
        if (op.isResponseFile || (op.returnProperty != null && op.returnProperty.isByteArray)) {
            op.vendorExtensions.put(STREAMING, true);
        }
        if (specOperationId != null && idempotentOperationIds.contains(specOperationId)) {
            op.vendorExtensions.put(IDEMPOTENT, true);
        }
        op.vendorExtensions.put(ERROR_RESPONSES, errorResponses(op));
        return op;
    }

    /**
     * Puts the form parameters last and in the spec's order. The stock generator sorts required parameters first
     * ({@code sortParamsByRequiredFlag}), and Retrofit writes multipart parts in parameter order, so a form whose
     * optional file comes first (SvarInn2's send) would reach the server in another order than its spec states;
     * services may read parts in order (SvarUt's send: the metadata first). Other parameters keep the stock order.
     */
    private static void keepFormInSpecOrder(CodegenOperation op) {
        List<CodegenParameter> params = new ArrayList<>();
        op.allParams.stream().filter(p -> !p.isFormParam).forEach(params::add);
        params.addAll(op.formParams);
        op.allParams = params;
    }

    private static List<Map<String, String>> errorResponses(CodegenOperation op) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (CodegenResponse response : op.responses) {
            if (response.isDefault || response.is1xx || response.is2xx || response.is3xx) {
                continue;
            }
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", response.code);
            error.put("exception", exceptionFor(response));
            error.put("message", response.message == null ? "" : response.message);
            errors.add(error);
        }
        return errors;
    }

    private static String exceptionFor(CodegenResponse response) {
        String exception = EXCEPTION_BY_STATUS.get(response.code);
        if (exception != null) {
            return exception;
        }
        return response.is5xx ? "FiksServerException" : "FiksHttpException";
    }

    @Override
    public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
        OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
        String api = result.getOperations().getClassname();
        Map<String, GeneratedOperation> methods = operationsByApi.computeIfAbsent(api, a -> new TreeMap<>());
        for (CodegenOperation op : result.getOperations().getOperation()) {
            String specOperationId = op.operationIdOriginal != null ? op.operationIdOriginal : op.operationId;
            methods.put(op.operationId, new GeneratedOperation(
                    op.operationId, specOperationId, Boolean.TRUE.equals(op.vendorExtensions.get(IDEMPOTENT))));
        }
        return result;
    }

    /**
     * Tells the {@code JSON} template whether the spec has a model class of its own, so that it imports the model
     * package only when that package exists: a spec whose only schema is the error body (mapped to the shared
     * {@code FiksError}) has none, and the stock wildcard import would not compile.
     */
    @Override
    public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
        boolean hasModels = objs.get("models") instanceof List<?> models && models.stream()
                .anyMatch(model -> model instanceof ModelMap map && isGenerated(map.getModel()));
        objs.put(HAS_MODELS, hasModels);
        if (objs.get("models") instanceof List<?> models) {
            for (Object each : models) {
                if (each instanceof ModelMap map && map.getModel() != null) {
                    CodegenModel model = map.getModel();
                    modelsByClassName.put(model.classname, new GeneratedModel(model.classname, model.isEnum,
                            innerEnums(model)));
                }
            }
        }
        return super.postProcessSupportingFileData(objs);
    }

    /**
     * The enums a model class declares inside itself, named as {@code pojo.mustache} names them: an enum property's
     * {@code datatypeWithEnum}, or for a list or map of enums that of its innermost items.
     */
    private static List<String> innerEnums(CodegenModel model) {
        if (model.isEnum) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (CodegenProperty property : model.vars) {
            if (!property.isEnum) {
                continue;
            }
            CodegenProperty declared = property.isContainer ? property.mostInnerItems : property;
            if (declared != null && declared.datatypeWithEnum != null) {
                names.add(declared.datatypeWithEnum);
            }
        }
        return List.copyOf(names);
    }

    /** A model is generated unless a mapping replaces it by an existing class, as {@code ErrorMessage} by FiksError. */
    private boolean isGenerated(CodegenModel model) {
        return !importMapping().containsKey(model.classname) && !typeMapping().containsKey(model.name)
                && !schemaMapping().containsKey(model.name);
    }

    /**
     * One generated interface method.
     *
     * @param method the Java method name
     * @param operationId the operationId as in the spec (or, where the spec has none, the generated one)
     * @param idempotent whether the manifest lists it as safe to repeat
     */
    public record GeneratedOperation(String method, String operationId, boolean idempotent) {
    }

    /**
     * One model as the templates saw it.
     *
     * @param className the class simple name
     * @param isEnum whether the schema is an enum (a top-level Java enum with a nested Gson {@code Adapter})
     * @param innerEnums the simple names of the enums the class declares inside itself, each with its own nested
     *     {@code Adapter}
     */
    public record GeneratedModel(String className, boolean isEnum, List<String> innerEnums) {
    }
}
