package io.github.fiksclients.core;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads JSON response bodies with Gson from the body decoded in one pass to a string.
 *
 * <p>Retrofit's own Gson converter reads through the body's {@code Reader}, which decodes in small steps; decoding the
 * whole body first is cheaper for the small bodies of Fiks APIs and is the same work a hand-written client does. A
 * document followed by anything but whitespace fails, as it does with Retrofit's converter. Reading the body can fail
 * as transport ({@link IOException}, the connection broke); anything that goes wrong after the body is whole (empty,
 * malformed, a number that does not fit, the wrong JSON type) is an {@link UndecodableBodyException}, never retried.
 * Streamed downloads ({@code ResponseBody}) never reach this converter.
 */
final class GsonResponseBodyConverterFactory extends Converter.Factory {

    private final Gson gson;

    GsonResponseBodyConverterFactory(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
        return body -> {
            String json;
            try (body) {
                json = body.string();
            }
            try {
                JsonReader reader = gson.newJsonReader(new StringReader(json));
                Object value = adapter.read(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw new JsonIOException("JSON document was not fully consumed.");
                }
                return value;
            } catch (IOException | RuntimeException e) {
                throw new UndecodableBodyException(e);
            }
        };
    }
}
