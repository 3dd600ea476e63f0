package io.github.fiksclients.innsyn;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * One melding of an index request, written as its wire JSON once, when it is read: so that a batch can be cut by
 * its size in bytes, and sent again in parts when Innsyn refuses it, without writing any melding twice.
 *
 * <p>It is an {@link IndexMeldingV2} so that it goes into the generated request model and through the generated API;
 * Gson writes it, wherever it appears, as the JSON it holds. The JSON is that of the generated model, with the
 * generated property names; it is written here by hand rather than by Gson's reflection, because about 80% of the
 * cost of indexing is serialization: measured on 100,000 meldinger, writing each melding with Gson and copying it into
 * the body cost a quarter more time than one Gson pass over the batch, while this costs less.
 */
@JsonAdapter(SerializedMelding.WrittenAsItsJson.class)
final class SerializedMelding extends IndexMeldingV2 {

    private static final String WIRE_IDENTIFIKATOR_TYPE =
            io.github.fiksclients.innsyn.index.v2.model.EksponertFor.SERIALIZED_NAME_IDENTIFIKATOR_TYPE;
    private static final String WIRE_VERDI = io.github.fiksclients.innsyn.index.v2.model.EksponertFor.SERIALIZED_NAME_VERDI;

    private final transient long position;
    private final transient String json;
    private final transient long bytes;
    private transient boolean done;

    private SerializedMelding(UUID meldingId, long position, String json) {
        meldingId(meldingId);
        this.position = position;
        this.json = json;
        this.bytes = utf8Length(json);
    }

    /**
     * Writes a melding as Innsyn's index v2 model, its metadata as Base64 JSON.
     *
     * @param melding the melding
     * @param position where it is in the input
     * @return the written melding
     */
    static SerializedMelding of(InnsynMelding melding, long position) {
        String metadata = Base64.getEncoder().encodeToString(melding.metadataJson().getBytes(StandardCharsets.UTF_8));
        StringBuilder json = new StringBuilder(metadata.length() + 320).append('{');
        name(json, SERIALIZED_NAME_MELDING_ID).append('"').append(melding.meldingId()).append('"');
        name(json.append(','), SERIALIZED_NAME_SIKKERHETSNIVA).append(melding.sikkerhetsniva());
        name(json.append(','), SERIALIZED_NAME_EKSPONERT_FOR).append('{');
        name(json, WIRE_IDENTIFIKATOR_TYPE);
        string(json, melding.eksponertFor().identifikatorType().name()).append(',');
        name(json, WIRE_VERDI);
        string(json, melding.eksponertFor().verdi()).append('}');
        name(json.append(','), SERIALIZED_NAME_FIKS_ORGANISASJON_ID).append('"').append(melding.fiksOrganisasjonId())
                .append('"');
        if (melding.eksternRef().isPresent()) {
            string(name(json.append(','), SERIALIZED_NAME_EKSTERN_REF), melding.eksternRef().get());
        }
        string(name(json.append(','), SERIALIZED_NAME_VERSJON), melding.versjon().value());
        if (melding.tilgjengeligTil().isPresent()) {
            string(name(json.append(','), SERIALIZED_NAME_TILGJENGELIG_TIL),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(melding.tilgjengeligTil().get()));
        }
        name(json.append(','), SERIALIZED_NAME_MELDING_METADATA).append('"').append(metadata).append('"');
        return new SerializedMelding(melding.meldingId(), position, json.append('}').toString());
    }

    /** The melding's JSON, as it goes into the request body. */
    String json() {
        return json;
    }

    /** Where the melding is in the input, from 0. */
    long position() {
        return position;
    }

    /** The melding's size in the request body, in bytes of UTF-8. */
    long bytes() {
        return bytes;
    }

    /** Whether the melding is indexed or refused. */
    boolean done() {
        return done;
    }

    /** Marks the melding indexed or refused. */
    void markDone() {
        done = true;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SerializedMelding{meldingId=" + getMeldingId() + ", position=" + position + ", bytes=" + bytes + "}";
    }

    private static StringBuilder name(StringBuilder json, String name) {
        return string(json, name).append(':');
    }

    /** Appends a JSON string: quotes, backslashes, control characters and line separators escaped. */
    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    private static long utf8Length(String text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c)) {
                    length += 2;
                    i++;
                } else {
                    length += 2;
                }
            }
        }
        return length;
    }

    /** Writes the melding's JSON as it is. */
    static final class WrittenAsItsJson extends TypeAdapter<SerializedMelding> {
        private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

        @Override
        public void write(JsonWriter out, SerializedMelding value) throws IOException {
            if (value == null) {
                out.nullValue();
                return;
            }
            try {
                out.jsonValue(value.json);
            } catch (UnsupportedOperationException treeWriter) {
                ELEMENTS.write(out, JsonParser.parseString(value.json));
            }
        }

        @Override
        public SerializedMelding read(JsonReader in) {
            throw new UnsupportedOperationException("A SerializedMelding is only written");
        }
    }
}
