package io.github.fiksclients.innsyn;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagMetadata;
import io.github.fiksclients.innsyn.soklegacy.v1.model.LegacySokHit;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Additions to the Gson of each Innsyn search and lookup API, so that a hit of a kind the API's spec does not list
 * keeps its {@code versjon} and JSON as an {@link UnknownMeldingMetadata}.
 *
 * <p>The generated {@code JSON} of each API resolves a hit's model by its {@code versjon} and, for a value it does not
 * know, decodes only the base type's two properties. Here a factory in front of it reads the hit as a tree first,
 * lets the generated setup decode it, and when the result is the bare base type, returns a subclass of it that also
 * holds the raw {@code versjon} and the JSON. Written back, such a hit is its JSON again.
 */
final class UnknownKinds {

    /** Adds to the general (legacy) search's Gson. */
    static final UnaryOperator<GsonBuilder> LEGACY = gson -> gson
            .registerTypeAdapterFactory(keep(LegacySokHit.class, UnknownLegacySokHit::new));

    /** Adds to the post search's Gson. */
    static final UnaryOperator<GsonBuilder> POST = gson -> gson
            .registerTypeAdapterFactory(keep(io.github.fiksclients.innsyn.sokpost.v1.model.PostSokHit.class,
                    UnknownPostSokHit::new));

    /** Adds to the multi search's Gson. */
    static final UnaryOperator<GsonBuilder> MULTI = gson -> gson
            .registerTypeAdapterFactory(keep(io.github.fiksclients.innsyn.sokmulti.v1.model.PostSokHit.class,
                    UnknownMultiPostSokHit::new));

    /** Adds to the lookup API's Gson. */
    static final UnaryOperator<GsonBuilder> OPPSLAG = gson -> gson
            .registerTypeAdapterFactory(keep(OppslagMetadata.class, UnknownOppslagMetadata::new));

    private static final String VERSJON = "versjon";
    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

    private UnknownKinds() {
    }

    /**
     * Makes the factory for one base type.
     *
     * @param base the polymorphic base type, such as {@code LegacySokHit}
     * @param unknown makes the subclass that keeps the JSON, from the base type's decoded properties and what it kept
     * @param <B> the base type
     * @return a factory for exactly {@code base}
     */
    private static <B> TypeAdapterFactory keep(Class<B> base, BiFunction<B, Kept, ? extends B> unknown) {
        return new TypeAdapterFactory() {
            @Override
            public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
                if (type.getRawType() != base) {
                    return null;
                }
                TypeAdapter<B> generated = gson.getDelegateAdapter(this, TypeToken.get(base));
                @SuppressWarnings("unchecked")
                TypeAdapter<T> adapter = (TypeAdapter<T>) new KeepUnknown<>(base, generated, unknown);
                return adapter;
            }
        };
    }

    /** Decodes through the generated setup and keeps what it would drop. */
    private static final class KeepUnknown<B> extends TypeAdapter<B> {
        private final Class<B> base;
        private final TypeAdapter<B> generated;
        private final BiFunction<B, Kept, ? extends B> unknown;

        KeepUnknown(Class<B> base, TypeAdapter<B> generated, BiFunction<B, Kept, ? extends B> unknown) {
            this.base = base;
            this.generated = generated;
            this.unknown = unknown;
        }

        @Override
        public void write(JsonWriter out, B value) throws IOException {
            if (value instanceof UnknownMeldingMetadata kept) {
                writeJson(out, kept);
            } else {
                generated.write(out, value);
            }
        }

        @Override
        public B read(JsonReader in) throws IOException {
            JsonElement tree = JsonParser.parseReader(in);
            B decoded = generated.fromJsonTree(tree);
            if (decoded != null && decoded.getClass() == base && tree.isJsonObject()) {
                return unknown.apply(decoded, Kept.of(tree.getAsJsonObject()));
            }
            return decoded;
        }
    }

    /** Writes a kept hit as the JSON it was read from, also with a Gson that does not know it. */
    static final class WrittenAsItsJson extends TypeAdapter<UnknownMeldingMetadata> {
        @Override
        public void write(JsonWriter out, UnknownMeldingMetadata value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                writeJson(out, value);
            }
        }

        @Override
        public UnknownMeldingMetadata read(JsonReader in) {
            throw new UnsupportedOperationException("Read a hit as its API's base type, not as the unknown kind");
        }
    }

    /** Writes the kept JSON as JSON, to a stream or to a tree alike. */
    private static void writeJson(JsonWriter out, UnknownMeldingMetadata kept) throws IOException {
        ELEMENTS.write(out, JsonParser.parseString(kept.json()));
    }

    /**
     * What a hit of an unknown kind keeps besides its base type's properties: the raw {@code versjon} and the JSON.
     *
     * @param versjon the {@code versjon} as sent, if it was a string
     * @param json the metadata object as compact JSON text
     */
    record Kept(Optional<String> versjon, String json) {

        /** Keeps what the given metadata object says. */
        static Kept of(JsonObject json) {
            JsonElement versjon = json.get(VERSJON);
            return new Kept(versjon != null && versjon.isJsonPrimitive() && versjon.getAsJsonPrimitive().isString()
                    ? Optional.of(versjon.getAsString()) : Optional.empty(), json.toString());
        }

        /** Describes the hit that keeps this, without its content. */
        String describe(Object hit) {
            return hit.getClass().getSimpleName() + "{versjon=" + versjon.orElse("(none)") + "}";
        }
    }

    /**
     * The one piece every unknown kind shares: it answers {@link UnknownMeldingMetadata} from what it {@link Kept}.
     * Each base type needs its own subclass (a hit must stay an instance of its API's base type), so the subclasses
     * below hold only what Java cannot share: the field, and {@code equals}, {@code hashCode} and {@code toString}.
     */
    interface KeepsJson extends UnknownMeldingMetadata {

        /** What the hit kept. */
        Kept kept();

        @Override
        default Optional<String> versjon() {
            return kept().versjon();
        }

        @Override
        default String json() {
            return kept().json();
        }
    }

    /** A general search hit of a kind this library does not know. */
    @JsonAdapter(WrittenAsItsJson.class)
    static final class UnknownLegacySokHit extends LegacySokHit implements KeepsJson {
        private final transient Kept kept;

        UnknownLegacySokHit(LegacySokHit decoded, Kept kept) {
            versjon(decoded.getVersjon()).type(decoded.getType());
            this.kept = kept;
        }

        @Override
        public Kept kept() {
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && kept.json().equals(((KeepsJson) other).json());
        }

        @Override
        public int hashCode() {
            return Objects.hash(super.hashCode(), kept.json());
        }

        @Override
        public String toString() {
            return kept.describe(this);
        }
    }

    /** A post search hit of a kind this library does not know. */
    @JsonAdapter(WrittenAsItsJson.class)
    static final class UnknownPostSokHit extends io.github.fiksclients.innsyn.sokpost.v1.model.PostSokHit
            implements KeepsJson {
        private final transient Kept kept;

        UnknownPostSokHit(io.github.fiksclients.innsyn.sokpost.v1.model.PostSokHit decoded, Kept kept) {
            versjon(decoded.getVersjon()).type(decoded.getType());
            this.kept = kept;
        }

        @Override
        public Kept kept() {
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && kept.json().equals(((KeepsJson) other).json());
        }

        @Override
        public int hashCode() {
            return Objects.hash(super.hashCode(), kept.json());
        }

        @Override
        public String toString() {
            return kept.describe(this);
        }
    }

    /** A multi search post hit of a kind this library does not know. */
    @JsonAdapter(WrittenAsItsJson.class)
    static final class UnknownMultiPostSokHit extends io.github.fiksclients.innsyn.sokmulti.v1.model.PostSokHit
            implements KeepsJson {
        private final transient Kept kept;

        UnknownMultiPostSokHit(io.github.fiksclients.innsyn.sokmulti.v1.model.PostSokHit decoded, Kept kept) {
            versjon(decoded.getVersjon()).type(decoded.getType());
            this.kept = kept;
        }

        @Override
        public Kept kept() {
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && kept.json().equals(((KeepsJson) other).json());
        }

        @Override
        public int hashCode() {
            return Objects.hash(super.hashCode(), kept.json());
        }

        @Override
        public String toString() {
            return kept.describe(this);
        }
    }

    /** Looked-up metadata of a kind this library does not know. */
    @JsonAdapter(WrittenAsItsJson.class)
    static final class UnknownOppslagMetadata extends OppslagMetadata implements KeepsJson {
        private final transient Kept kept;

        UnknownOppslagMetadata(OppslagMetadata decoded, Kept kept) {
            versjon(decoded.getVersjon()).type(decoded.getType());
            this.kept = kept;
        }

        @Override
        public Kept kept() {
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && kept.json().equals(((KeepsJson) other).json());
        }

        @Override
        public int hashCode() {
            return Objects.hash(super.hashCode(), kept.json());
        }

        @Override
        public String toString() {
            return kept.describe(this);
        }
    }
}
