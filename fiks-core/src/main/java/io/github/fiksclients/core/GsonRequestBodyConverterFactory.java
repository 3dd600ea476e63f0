package io.github.fiksclients.core;

import com.google.gson.Gson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Writes JSON request bodies with Gson in one pass into UTF-8 bytes in memory ({@link Utf8BufferWriter}), sent
 * with their length and written again as they are if the request is retried.
 *
 * <p>Retrofit's own Gson converter streams through a {@code Writer} that encodes character by character, which
 * costs about half as much again for the multi-megabyte bodies of an Innsyn index batch; going through a
 * {@code String} first was as fast but held each body three times over (the growing string, then its bytes),
 * which did not fit indexing in a 32 MiB heap. Responses are left to the next factory.
 */
final class GsonRequestBodyConverterFactory extends Converter.Factory {

    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    private final Gson gson;

    GsonRequestBodyConverterFactory(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        return value -> {
            Buffer json = new Buffer();
            try (Utf8BufferWriter writer = new Utf8BufferWriter(json)) {
                gson.toJson(value, type, writer);
            }
            return new BufferedJsonBody(json);
        };
    }

    /** A JSON body held as its bytes; each write sends a copy that shares the bytes, so it can be sent again. */
    private static final class BufferedJsonBody extends RequestBody {
        private final Buffer json;

        BufferedJsonBody(Buffer json) {
            this.json = json;
        }

        @Override
        public MediaType contentType() {
            return JSON;
        }

        @Override
        public long contentLength() {
            return json.size();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            Buffer copy = json.copy();
            sink.write(copy, copy.size());
        }
    }
}
