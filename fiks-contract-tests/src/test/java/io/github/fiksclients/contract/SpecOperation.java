package io.github.fiksclients.contract;

import io.github.fiksclients.codegen.ServiceEntry;
import io.github.fiksclients.codegen.SpecEntry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.Locale;

/**
 * One operation of one spec of the manifest, as the build generates it (the spec with its patch applied).
 *
 * @param service the manifest's service
 * @param spec the manifest's spec entry
 * @param openApi the parsed spec (Swagger 2.0 converted to OpenAPI 3)
 * @param path the path template, such as {@code /v2/kontoer/{kontoId}/forsendelser}
 * @param method the HTTP method
 * @param operation the operation
 */
record SpecOperation(
        ServiceEntry service, SpecEntry spec, OpenAPI openApi, String path, PathItem.HttpMethod method,
        Operation operation) {

    /**
     * The operationId as the spec spells it, or the method and path where the spec has none.
     *
     * @return for example {@code send}
     */
    String operationId() {
        String id = operation.getOperationId();
        return id != null ? id : httpMethod() + " " + path;
    }

    /**
     * The method in upper case.
     *
     * @return for example {@code POST}
     */
    String httpMethod() {
        return method.name().toUpperCase(Locale.ROOT);
    }

    /**
     * The name a failure is reported under.
     *
     * @return {@code service/spec operationId}, for example {@code svarut/forsendelse-send-api-v2 send}
     */
    @Override
    public String toString() {
        return service.service() + "/" + spec.stem() + " " + operationId();
    }
}
