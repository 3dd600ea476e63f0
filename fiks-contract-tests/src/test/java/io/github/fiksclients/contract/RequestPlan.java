package io.github.fiksclients.contract;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;
import org.assertj.core.api.SoftAssertions;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.Header;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The arguments for one generated method, built from its operation's parameter and body schemas, and what the
 * request made from them must carry: method, path with its parameters substituted and encoded, query parameters,
 * headers, content type and body (JSON property names and values; multipart part names, order, types and content).
 */
final class RequestPlan {

    private static final okhttp3.MediaType OCTET_STREAM = okhttp3.MediaType.get("application/octet-stream");

    private final SpecOperation operation;
    private final Object[] arguments;
    private final List<String> pathSegments;
    private final Map<String, List<String>> query = new TreeMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private ExpectedBody body = new NoBody();

    private RequestPlan(SpecOperation operation, int argumentCount) {
        this.operation = operation;
        this.arguments = new Object[argumentCount];
        this.pathSegments = new ArrayList<>(Arrays.asList(operation.path().substring(1).split("/", -1)));
    }

    /**
     * Builds the arguments of a generated method and the request they must make.
     *
     * @param operation the spec's operation
     * @param method the generated method
     * @param gson the generated models' Gson, which turns sample JSON into argument objects
     * @param samples the sample maker for the operation's spec
     * @return the plan
     */
    static RequestPlan of(SpecOperation operation, Method method, Gson gson, Samples samples) {
        RequestPlan plan = new RequestPlan(operation, method.getParameterCount());
        Map<String, Parameter> unused = parameters(operation);
        MultipartPlan multipart = null;
        Map<String, String> formFields = new LinkedHashMap<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Annotation annotation = retrofitAnnotation(method, annotations[i], i);
            Type type = types[i];
            if (annotation instanceof Path path) {
                Parameter parameter = specParameter(operation, unused, "path", path.value());
                JsonElement value = samples.parameter(parameter);
                plan.arguments[i] = toJava(value, type, gson, operation + " path parameter " + path.value());
                plan.substitute(path.value(), scalar(value, "path parameter " + path.value()));
            } else if (annotation instanceof Query queryParameter) {
                Parameter parameter = specParameter(operation, unused, "query", queryParameter.value());
                JsonElement value = samples.parameter(parameter);
                plan.arguments[i] = queryArgument(value, type, gson, operation + " query parameter " + queryParameter.value());
                plan.query.put(queryParameter.value(), queryValues(value, type));
            } else if (annotation instanceof Header header) {
                Parameter parameter = specParameter(operation, unused, "header", header.value());
                JsonElement value = samples.parameter(parameter);
                plan.arguments[i] = toJava(value, type, gson, operation + " header " + header.value());
                plan.headers.put(header.value(), scalar(value, "header " + header.value()));
            } else if (annotation instanceof Body) {
                plan.body(method, i, type, gson, samples);
            } else if (annotation instanceof Part part) {
                if (multipart == null) {
                    multipart = MultipartPlan.of(operation, samples);
                }
                plan.arguments[i] = multipart.argument(part.value(), type, gson);
            } else if (annotation instanceof Field field) {
                Schema<?> schema = formSchema(operation, samples, "application/x-www-form-urlencoded");
                Schema<?> property = property(schema, field.value(), operation);
                JsonElement value = samples.of(property, field.value());
                plan.arguments[i] = toJava(value, type, gson, operation + " form field " + field.value());
                formFields.put(field.value(), scalar(value, "form field " + field.value()));
            }
        }
        if (!unused.isEmpty()) {
            throw new AssertionError(operation + ": the spec's parameters " + unused.keySet()
                    + " have no argument in the generated method " + method);
        }
        if (multipart != null) {
            plan.body = multipart.expected();
        } else if (!formFields.isEmpty()) {
            plan.body = new FormBody(formFields);
        }
        if (plan.body instanceof NoBody && requestBody(operation) != null) {
            throw new AssertionError(operation + ": the spec declares a request body, but the generated method "
                    + method.getName() + " sends none");
        }
        return plan;
    }

    /**
     * The arguments, in the order of the method's parameters.
     *
     * @return the arguments
     */
    Object[] arguments() {
        return arguments;
    }

    /**
     * Checks a recorded request against the plan.
     *
     * @param recorded what the server received
     * @param softly collects the differences
     * @throws IOException if a multipart body cannot be read
     */
    void check(RecordedRequest recorded, SoftAssertions softly) throws IOException {
        softly.assertThat(recorded.getMethod()).as("method").isEqualTo(operation.httpMethod());
        HttpUrl url = recorded.getUrl();
        softly.assertThat(url.pathSegments()).as("path segments (decoded) of " + url.encodedPath())
                .isEqualTo(pathSegments);
        Map<String, List<String>> sent = new TreeMap<>();
        for (String name : url.queryParameterNames()) {
            sent.put(name, url.queryParameterValues(name));
        }
        softly.assertThat(sent).as("query parameters (decoded) of " + url.encodedQuery()).isEqualTo(query);
        headers.forEach((name, value) ->
                softly.assertThat(recorded.getHeaders().get(name)).as("header " + name).isEqualTo(value));
        body.check(recorded, softly);
    }

    private void substitute(String name, String value) {
        String placeholder = "{" + name + "}";
        boolean found = false;
        for (int i = 0; i < pathSegments.size(); i++) {
            if (pathSegments.get(i).contains(placeholder)) {
                pathSegments.set(i, pathSegments.get(i).replace(placeholder, value));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError(operation + ": the path " + operation.path() + " has no {" + name + "}");
        }
    }

    private void body(Method method, int index, Type type, Gson gson, Samples samples) {
        RequestBody requestBody = requestBody(operation);
        if (requestBody == null || requestBody.getContent() == null || requestBody.getContent().isEmpty()) {
            throw new AssertionError(operation + ": the generated method " + method.getName()
                    + " has a @Body, but the spec declares no request body");
        }
        Map.Entry<String, MediaType> content = requestBody.getContent().entrySet().iterator().next();
        Schema<?> schema = content.getValue().getSchema();
        if (type == okhttp3.RequestBody.class) {
            byte[] bytes = Bytes.of(operation + " body", 3000);
            arguments[index] = Bytes.streamed(bytes, OCTET_STREAM);
            body = new BinaryBody(bytes);
            return;
        }
        JsonElement value = samples.of(schema, "body");
        arguments[index] = toJava(value, type, gson, operation + " body");
        body = new JsonBody(value);
    }

    /** The operation's parameters by {@code in:name}, path-level ones first, each resolved. */
    private static Map<String, Parameter> parameters(SpecOperation operation) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        List<Parameter> all = new ArrayList<>();
        List<Parameter> pathLevel = operation.openApi().getPaths().get(operation.path()).getParameters();
        if (pathLevel != null) {
            all.addAll(pathLevel);
        }
        if (operation.operation().getParameters() != null) {
            all.addAll(operation.operation().getParameters());
        }
        for (Parameter declared : all) {
            Parameter parameter = resolve(declared, operation.openApi());
            if ("cookie".equals(parameter.getIn())) {
                throw new AssertionError(operation + ": cookie parameter " + parameter.getName()
                        + " is not supported by the generated clients");
            }
            parameters.put(parameter.getIn() + ":" + parameter.getName(), parameter);
        }
        return parameters;
    }

    private static Parameter resolve(Parameter parameter, OpenAPI openApi) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return Objects.requireNonNull(openApi.getComponents().getParameters().get(name), parameter.get$ref());
    }

    private static Parameter specParameter(SpecOperation operation, Map<String, Parameter> unused, String in,
            String name) {
        Parameter parameter = unused.remove(in + ":" + name);
        if (parameter == null) {
            throw new AssertionError(operation + ": the generated method has a " + in + " parameter '" + name
                    + "' that the spec does not declare");
        }
        return parameter;
    }

    static RequestBody requestBody(SpecOperation operation) {
        RequestBody body = operation.operation().getRequestBody();
        if (body != null && body.get$ref() != null) {
            String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
            body = operation.openApi().getComponents().getRequestBodies().get(name);
        }
        return body;
    }

    private static Schema<?> formSchema(SpecOperation operation, Samples samples, String mediaType) {
        RequestBody body = requestBody(operation);
        MediaType content = body == null || body.getContent() == null ? null : body.getContent().get(mediaType);
        if (content == null) {
            throw new AssertionError(operation + ": the generated method sends " + mediaType
                    + ", which the spec does not declare");
        }
        return samples.resolve(content.getSchema());
    }

    private static Schema<?> property(Schema<?> schema, String name, SpecOperation operation) {
        Schema<?> property = schema.getProperties() == null ? null : schema.getProperties().get(name);
        if (property == null) {
            throw new AssertionError(operation + ": the generated method sends a part '" + name
                    + "' that the spec's form does not declare");
        }
        return property;
    }

    private static Annotation retrofitAnnotation(Method method, Annotation[] annotations, int index) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getPackageName().equals("retrofit2.http")) {
                return annotation;
            }
        }
        throw new AssertionError(method + ": parameter " + index + " has no Retrofit annotation");
    }

    static Object toJava(JsonElement value, Type type, Gson gson, String what) {
        try {
            return gson.fromJson(value, type);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new AssertionError(what + ": the spec's value " + value + " does not fit the generated type "
                    + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    private static Object queryArgument(JsonElement value, Type type, Gson gson, String what) {
        if (type instanceof Class<?> params && params.getSimpleName().endsWith("Params")) {
            List<String> items = new ArrayList<>();
            value.getAsJsonArray().forEach(item -> items.add(item.getAsString()));
            try {
                return params.getConstructor(List.class).newInstance(items);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(what + ": cannot make a " + params.getName(), e);
            }
        }
        return toJava(value, type, gson, what);
    }

    private static List<String> queryValues(JsonElement value, Type type) {
        if (!value.isJsonArray()) {
            return List.of(scalar(value, "query value"));
        }
        List<String> items = new ArrayList<>();
        value.getAsJsonArray().forEach(item -> items.add(scalar(item, "query value")));
        if (type instanceof Class<?> params && params.getSimpleName().endsWith("Params")) {
            String separator = switch (params.getSimpleName()) {
                case "SSVParams", "SPACEParams" -> " ";
                case "TSVParams" -> "\t";
                case "PIPESParams" -> "|";
                default -> ",";
            };
            return List.of(String.join(separator, items));
        }
        return items;
    }

    static String scalar(JsonElement value, String what) {
        if (!value.isJsonPrimitive()) {
            throw new AssertionError(what + " is not a scalar in the spec: " + value);
        }
        return value.getAsString();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        okhttp3.MediaType type = okhttp3.MediaType.parse(contentType);
        return type != null && (type.subtype().equals("json") || type.subtype().endsWith("+json"));
    }

    private static String mediaType(String contentType) {
        okhttp3.MediaType type = contentType == null ? null : okhttp3.MediaType.parse(contentType);
        return type == null ? String.valueOf(contentType) : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    /** What the request's body must be. */
    private sealed interface ExpectedBody permits NoBody, JsonBody, BinaryBody, FormBody, MultipartPlan.Expected {

        void check(RecordedRequest recorded, SoftAssertions softly) throws IOException;
    }

    /** No body: nothing, or an empty one. */
    private record NoBody() implements ExpectedBody {
        @Override
        public void check(RecordedRequest recorded, SoftAssertions softly) {
            softly.assertThat(recorded.getBodySize()).as("body size (the spec declares no body)").isZero();
        }
    }

    /** A JSON body equal to the sample. */
    private record JsonBody(JsonElement expected) implements ExpectedBody {
        @Override
        public void check(RecordedRequest recorded, SoftAssertions softly) {
            String contentType = recorded.getHeaders().get("Content-Type");
            softly.assertThat(isJson(contentType)).as("JSON content type, was " + contentType).isTrue();
            JsonElement sent = JsonParser.parseString(recorded.getBody().utf8());
            softly.assertThat(JsonDiff.between(expected, sent)).as("JSON body differences").isEmpty();
        }
    }

    /** A binary body equal to the bytes given. */
    private record BinaryBody(byte[] expected) implements ExpectedBody {
        @Override
        public void check(RecordedRequest recorded, SoftAssertions softly) {
            softly.assertThat(recorded.getBody().toByteArray()).as("binary body").isEqualTo(expected);
        }
    }

    /** A form-urlencoded body with these fields. */
    private record FormBody(Map<String, String> expected) implements ExpectedBody {
        @Override
        public void check(RecordedRequest recorded, SoftAssertions softly) {
            softly.assertThat(mediaType(recorded.getHeaders().get("Content-Type"))).as("content type")
                    .isEqualTo("application/x-www-form-urlencoded");
            Map<String, String> sent = new LinkedHashMap<>();
            for (String pair : recorded.getBody().utf8().split("&")) {
                String[] nameValue = pair.split("=", 2);
                sent.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
            softly.assertThat(sent).as("form fields").isEqualTo(expected);
        }
    }

    /**
     * A multipart body: the spec's form properties, each filled by the generated method's argument for it, and the
     * parts they must become, in the order of the spec's properties.
     */
    private static final class MultipartPlan {

        private final SpecOperation operation;
        private final Schema<?> schema;
        private final Map<String, Encoding> encodings;
        private final Samples samples;
        private final Map<String, List<ExpectedPart>> partsByProperty = new LinkedHashMap<>();

        private MultipartPlan(SpecOperation operation, Schema<?> schema, Map<String, Encoding> encodings,
                Samples samples) {
            this.operation = operation;
            this.schema = schema;
            this.encodings = encodings == null ? Map.of() : encodings;
            this.samples = samples;
        }

        static MultipartPlan of(SpecOperation operation, Samples samples) {
            RequestBody body = requestBody(operation);
            MediaType content = body == null || body.getContent() == null ? null
                    : body.getContent().get("multipart/form-data");
            if (content == null) {
                throw new AssertionError(operation + ": the generated method sends multipart parts, but the spec"
                        + " declares no multipart/form-data body");
            }
            return new MultipartPlan(operation, samples.resolve(content.getSchema()), content.getEncoding(), samples);
        }

        /** The argument for a {@code @Part}: named, a value property; unnamed, the file property it stands for. */
        Object argument(String name, Type type, Gson gson) {
            if (!name.isEmpty()) {
                Schema<?> property = samples.resolve(property(schema, name, operation));
                JsonElement value = samples.of(property, name);
                Object argument = toJava(value, type, gson, operation + " part " + name);
                boolean json = isJsonValue(property);
                String declared = encodings.containsKey(name) ? encodings.get(name).getContentType() : null;
                String contentType = declared != null ? declared : json ? "application/json" : "text/plain";
                partsByProperty.put(name, List.of(new ExpectedPart(name, null, contentType,
                        json ? value : null, json ? null : scalar(value, "part " + name), null)));
                return argument;
            }
            boolean list = type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() == List.class;
            String property = unnamedFileProperty(list);
            if (list) {
                List<MultipartBody.Part> parts = new ArrayList<>();
                List<ExpectedPart> expected = new ArrayList<>();
                for (int n = 1; n <= 2; n++) {
                    String fileName = property + "-" + n + ".bin";
                    byte[] bytes = Bytes.of(operation + " " + fileName, 2000 + n);
                    parts.add(MultipartBody.Part.createFormData(property, fileName, Bytes.streamed(bytes, OCTET_STREAM)));
                    expected.add(new ExpectedPart(property, fileName, "application/octet-stream", null, null, bytes));
                }
                partsByProperty.put(property, expected);
                return parts;
            }
            if (type != MultipartBody.Part.class) {
                throw new AssertionError(operation + ": an unnamed @Part of type " + type.getTypeName());
            }
            String fileName = property + ".bin";
            byte[] bytes = Bytes.of(operation + " " + fileName, 3001);
            partsByProperty.put(property,
                    List.of(new ExpectedPart(property, fileName, "application/octet-stream", null, null, bytes)));
            return MultipartBody.Part.createFormData(property, fileName, Bytes.streamed(bytes, OCTET_STREAM));
        }

        /** The one file property (a list of files if {@code list}) no argument has taken yet. */
        private String unnamedFileProperty(boolean list) {
            List<String> candidates = new ArrayList<>();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema<?> resolved = samples.resolve(property.getValue());
                boolean files = "array".equals(Samples.type(resolved)) && isFile(samples.resolve(resolved.getItems()));
                if (!partsByProperty.containsKey(property.getKey()) && (list ? files : isFile(resolved))) {
                    candidates.add(property.getKey());
                }
            }
            if (candidates.size() != 1) {
                throw new AssertionError(operation + ": cannot tell which " + (list ? "file list" : "file")
                        + " property an unnamed @Part stands for: " + candidates);
            }
            return candidates.get(0);
        }

        private static boolean isFile(Schema<?> schema) {
            return schema != null && "string".equals(schema.getType())
                    && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
        }

        private boolean isJsonValue(Schema<?> property) {
            String type = Samples.type(property);
            return type.equals("object") || type.equals("array") || type.equals("any")
                    || property.getAllOf() != null || property.getOneOf() != null;
        }

        Expected expected() {
            List<ExpectedPart> parts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String property : schema.getProperties().keySet()) {
                List<ExpectedPart> forProperty = partsByProperty.get(property);
                if (forProperty == null) {
                    missing.add(property);
                } else {
                    parts.addAll(forProperty);
                }
            }
            if (!missing.isEmpty()) {
                throw new AssertionError(operation + ": the spec's form properties " + missing
                        + " have no argument in the generated method");
            }
            return new Expected(parts);
        }

        /** The parts, in the spec's order. */
        record Expected(List<ExpectedPart> parts) implements ExpectedBody {
            @Override
            public void check(RecordedRequest recorded, SoftAssertions softly) throws IOException {
                okhttp3.MediaType type = okhttp3.MediaType.parse(recorded.getHeaders().get("Content-Type"));
                softly.assertThat(type == null ? null : type.type() + "/" + type.subtype()).as("content type")
                        .isEqualTo("multipart/form-data");
                if (type == null || type.parameter("boundary") == null) {
                    return;
                }
                List<SentPart> sent = new ArrayList<>();
                try (MultipartReader reader = new MultipartReader(new Buffer().write(recorded.getBody()),
                        type.parameter("boundary"))) {
                    for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                        sent.add(SentPart.of(part));
                    }
                }
                softly.assertThat(sent).extracting(SentPart::name).as("part names, in the spec's order")
                        .isEqualTo(parts.stream().map(ExpectedPart::name).toList());
                List<SentPart> unmatched = new ArrayList<>(sent);
                for (ExpectedPart part : parts) {
                    SentPart match = unmatched.stream().filter(p -> part.name().equals(p.name())).findFirst()
                            .orElse(null);
                    if (match != null) {
                        unmatched.remove(match);
                        part.check(match, softly);
                    }
                }
            }
        }
    }

    /** One part the body must have. Exactly one of json, text and bytes is set. */
    private record ExpectedPart(String name, String fileName, String contentType, JsonElement json, String text,
            byte[] bytes) {

        void check(SentPart sent, SoftAssertions softly) {
            String what = "part " + name;
            softly.assertThat(sent.fileName()).as(what + " file name").isEqualTo(fileName);
            softly.assertThat(mediaType(sent.contentType())).as(what + " content type")
                    .isEqualTo(mediaType(contentType));
            if (json != null) {
                JsonElement value;
                try {
                    value = JsonParser.parseString(new String(sent.body(), StandardCharsets.UTF_8));
                } catch (JsonParseException e) {
                    softly.fail(what + " is not JSON: " + new String(sent.body(), StandardCharsets.UTF_8));
                    return;
                }
                softly.assertThat(JsonDiff.between(json, value)).as(what + " JSON differences").isEmpty();
            } else if (text != null) {
                softly.assertThat(new String(sent.body(), StandardCharsets.UTF_8)).as(what + " text").isEqualTo(text);
            } else {
                softly.assertThat(sent.body()).as(what + " bytes").isEqualTo(bytes);
            }
        }
    }

    /** One part of a recorded multipart body. */
    private record SentPart(String name, String fileName, String contentType, byte[] body) {

        static SentPart of(MultipartReader.Part part) throws IOException {
            String disposition = part.headers().get("Content-Disposition");
            return new SentPart(dispositionParameter(disposition, "name"), dispositionParameter(disposition, "filename"),
                    part.headers().get("Content-Type"), part.body().readByteArray());
        }

        private static String dispositionParameter(String disposition, String name) {
            if (disposition == null) {
                return null;
            }
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"")
                    .matcher(disposition);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    /** Deterministic content for file parts and binary bodies, sent as streamed bodies. */
    static final class Bytes {

        private Bytes() {
        }

        static byte[] of(String seed, int size) {
            byte[] bytes = new byte[size];
            int hash = seed.hashCode();
            for (int i = 0; i < size; i++) {
                hash = hash * 31 + i;
                bytes[i] = (byte) (hash >>> 13);
            }
            return bytes;
        }

        /** A one-shot body of unknown length, read from a stream as it is written: like an upload from a file. */
        static okhttp3.RequestBody streamed(byte[] bytes, okhttp3.MediaType type) {
            return new okhttp3.RequestBody() {
                @Override
                public okhttp3.MediaType contentType() {
                    return type;
                }

                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public boolean isOneShot() {
                    return true;
                }

                @Override
                public void writeTo(BufferedSink sink) throws IOException {
                    try (Source source = Okio.source(new ByteArrayInputStream(bytes))) {
                        sink.writeAll(source);
                    }
                }
            };
        }
    }
}
