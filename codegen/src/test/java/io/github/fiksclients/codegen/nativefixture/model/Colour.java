package io.github.fiksclients.codegen.nativefixture.model;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/** An enum model shaped like a generated one, for the native-image metadata tests. */
@JsonAdapter(Colour.Adapter.class)
public enum Colour {
    /** Red. */
    RED;

    /** Reads and writes the enum by name. */
    public static class Adapter extends TypeAdapter<Colour> {
        @Override
        public void write(JsonWriter out, Colour value) throws IOException {
            out.value(value.name());
        }

        @Override
        public Colour read(JsonReader in) throws IOException {
            return Colour.valueOf(in.nextString());
        }
    }
}
