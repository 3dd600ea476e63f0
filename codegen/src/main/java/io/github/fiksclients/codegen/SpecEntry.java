package io.github.fiksclients.codegen;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One spec of a service, with the service-level base URLs and authentication already applied where the spec
 * does not override them.
 *
 * @param file the spec file, relative to the specs directory
 * @param javaPackage the package of the generated code ({@code .api} and {@code .model} below it)
 * @param format {@code openapi-3.0} or {@code swagger-2.0}
 * @param version the API version, such as {@code v2}
 * @param upstream the published file's name, or {@code null} for a spec of our own (such as the fixture's)
 * @param url where KS publishes the file, or {@code null}
 * @param upstreamRevision the published revision our file was compared with, {@code unknown}, or {@code null}
 * @param baseUrls the base URLs calls go to
 * @param authentication the authentication modes, in manifest order
 * @param idempotentOperations operationIds (as in the spec) that are safe to repeat
 * @param patch an RFC 7396 JSON Merge Patch applied before generation, relative to the specs directory, or
 *     {@code null}
 * @param json the entry as written (part of its generation fingerprint)
 */
public record SpecEntry(
        String file,
        String javaPackage,
        String format,
        String version,
        String upstream,
        String url,
        String upstreamRevision,
        BaseUrls baseUrls,
        List<String> authentication,
        List<String> idempotentOperations,
        String patch,
        JsonObject json) {

    /** Copies the lists. */
    public SpecEntry {
        authentication = List.copyOf(authentication);
        idempotentOperations = List.copyOf(idempotentOperations);
    }

    /**
     * Returns the file name without its folder and extension: the name of the spec's output folder.
     *
     * @return for example {@code svarinn-api-v2}
     */
    public String stem() {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Returns the package of the generated API interfaces.
     *
     * @return {@code <package>.api}
     */
    public String apiPackage() {
        return javaPackage + ".api";
    }

    /**
     * Returns the package of the generated models.
     *
     * @return {@code <package>.model}
     */
    public String modelPackage() {
        return javaPackage + ".model";
    }
}
