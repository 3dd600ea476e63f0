package io.github.fiksclients.core;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a {@code String} response by what the server says it sent: a JSON body ({@code application/json} or
 * {@code +json}) is decoded as a JSON string, any other body is taken as text.
 *
 * <p>An operation whose answer is a JSON string (Dødsregister's {@code erPersonDoed} answers {@code "DOED"}) is
 * generated as {@code FiksCall<String>}; Retrofit's scalars converter would hand back the raw body, quotes
 * included. Request bodies and parts are left to the next factories (a {@code String} part is still sent as
 * text).
 */
final class StringResponseConverterFactory extends Converter.Factory {

    private final Gson gson;

    StringResponseConverterFactory(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type != String.class) {
            return null;
        }
        return body -> {
            String text;
            MediaType contentType;
            try (body) {
                contentType = body.contentType();
                text = body.string();
            }
            return isJson(contentType) ? decode(text) : text;
        };
    }

    private String decode(String json) {
        try {
            JsonReader reader = gson.newJsonReader(new StringReader(json));
            JsonToken token = reader.peek();
            if (token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) {
                throw new JsonIOException("Expected a JSON string but was " + token);
            }
            String value = gson.getAdapter(String.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonIOException("JSON document was not fully consumed.");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new UndecodableBodyException(e);
        }
    }

    private static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
