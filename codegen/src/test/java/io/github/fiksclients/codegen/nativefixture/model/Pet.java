package io.github.fiksclients.codegen.nativefixture.model;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/** A model shaped like a generated one, for the native-image metadata tests. */
public class Pet {

    /** An inner enum with its Gson adapter, as the generator writes them. */
    @JsonAdapter(StatusEnum.Adapter.class)
    public enum StatusEnum {
        /** Available. */
        AVAILABLE,
        /** Sold. */
        SOLD;

        /** Reads and writes the enum by name. */
        public static class Adapter extends TypeAdapter<StatusEnum> {
            @Override
            public void write(JsonWriter out, StatusEnum value) throws IOException {
                out.value(value.name());
            }

            @Override
            public StatusEnum read(JsonReader in) throws IOException {
                return StatusEnum.valueOf(in.nextString());
            }
        }
    }

    @SerializedName("name")
    private String name;

    @SerializedName("status")
    private StatusEnum status;

    /** Creates an empty pet. */
    public Pet() {
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String getName() {
        return name;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public StatusEnum getStatus() {
        return status;
    }
}
