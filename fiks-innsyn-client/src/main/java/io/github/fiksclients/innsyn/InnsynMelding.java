package io.github.fiksclients.innsyn;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One message to index in Innsyn: who it is for, who is responsible for it, and its metadata.
 *
 * <p>Build it with {@link #builder()}; {@link Builder#build()} checks every required field and names the message
 * and the fields that are wrong. The metadata is kept as JSON text; {@link InnsynClient#index} encodes it as Base64
 * on the wire, so callers never do. Instances are immutable; {@link #toString()} shows neither the metadata nor a
 * fødselsnummer.
 *
 * <pre>{@code
 * InnsynMelding melding = InnsynMelding.builder()
 *         .meldingId(meldingId)
 *         .fiksOrganisasjonId(fiksOrganisasjonId)
 *         .sikkerhetsniva(4)
 *         .eksponertFor(EksponertFor.fodselsnummer("01017012345"))
 *         .versjon(MeldingVersjon.FORSENDELSE_V2)
 *         .metadata(new ForsendelseV2().tittel("Vedtak om byggesøknad"))
 *         .build();
 * }</pre>
 */
public final class InnsynMelding {

    private static final Pattern EKSTERN_REF = Pattern.compile("[A-Za-zæøåÆØÅ0-9_.,/\\- ]+");

    private final UUID meldingId;
    private final UUID fiksOrganisasjonId;
    private final int sikkerhetsniva;
    private final EksponertFor eksponertFor;
    private final MeldingVersjon versjon;
    private final String metadataJson;
    private final List<String> metadataProblems;
    private final String eksternRef;
    private final OffsetDateTime tilgjengeligTil;

    private InnsynMelding(Builder builder, String metadataJson, List<String> metadataProblems) {
        this.meldingId = builder.meldingId;
        this.fiksOrganisasjonId = builder.fiksOrganisasjonId;
        this.sikkerhetsniva = builder.sikkerhetsniva;
        this.eksponertFor = builder.eksponertFor;
        this.versjon = builder.versjon;
        this.metadataJson = metadataJson;
        this.metadataProblems = List.copyOf(metadataProblems);
        this.eksternRef = builder.eksternRef;
        this.tilgjengeligTil = builder.tilgjengeligTil;
    }

    /**
     * Starts a message with no field set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a message from its JSON form: an object with the fields of {@link Builder} by the same names, where
     * {@code eksponertFor} is {@code {"identifikatorType": "FODSELSNUMMER", "verdi": "..."}}, {@code metadata} is
     * the metadata as a plain JSON object (not Base64) and {@code tilgjengeligTil} an ISO 8601 date-time with offset.
     * Instead of {@code metadata}, the index API's own field {@code meldingMetadata} may hold the metadata, as a JSON
     * object or, as on the wire, as the Base64 of one; so a message as the index API shows it can be read too.
     *
     * <pre>{@code
     * {"meldingId": "4d9c2a7e-1b36-4f85-a0d7-63e8f5b2c914", "fiksOrganisasjonId": "a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135",
     *  "sikkerhetsniva": 4, "eksponertFor": {"identifikatorType": "FODSELSNUMMER", "verdi": "01017012345"},
     *  "versjon": "forsendelseV2", "metadata": {"tittel": "Vedtak"}, "eksternRef": "sak.vedtak"}
     * }</pre>
     *
     * @param json one message as JSON text, such as one line of a JSON Lines file
     * @return the message
     * @throws IllegalStateException naming the message (its meldingId, if readable) and each field that is missing,
     *     unknown, of the wrong type or invalid
     */
    public static InnsynMelding fromJson(String json) {
        return MeldingJson.parse(Objects.requireNonNull(json, "json"));
    }

    /**
     * The message's id; indexing a message with the same id again replaces it.
     *
     * @return the id
     */
    public UUID meldingId() {
        return meldingId;
    }

    /**
     * The Fiks organisation responsible for the message.
     *
     * @return the organisation's id
     */
    public UUID fiksOrganisasjonId() {
        return fiksOrganisasjonId;
    }

    /**
     * The lowest login security level at which the citizen may see the message.
     *
     * @return the level, such as 4
     */
    public int sikkerhetsniva() {
        return sikkerhetsniva;
    }

    /**
     * Who may see the message.
     *
     * @return the exposure
     */
    public EksponertFor eksponertFor() {
        return eksponertFor;
    }

    /**
     * The type and version of the metadata.
     *
     * @return the version
     */
    public MeldingVersjon versjon() {
        return versjon;
    }

    /**
     * The metadata as compact JSON text, before Base64 encoding.
     *
     * @return a JSON object
     */
    public String metadataJson() {
        return metadataJson;
    }

    /**
     * What makes the metadata not match the model of its {@link #versjon()}, as the Innsyn index spec this library
     * was built from declares it: missing required properties, values of the wrong type or format. A melding with
     * problems cannot be valid, so {@link InnsynClient#index} reports it as refused without sending it.
     *
     * <p>Empty when the metadata matches, and when this library has no model for the versjon (such as
     * {@code fakturaV1}, or a newer one): then only Innsyn can tell.
     *
     * @return one line per problem, such as {@code dokumenter[0].mimeType is missing}, naming no values
     */
    public List<String> metadataProblems() {
        return metadataProblems;
    }

    /**
     * The external reference by which a group of messages can be deleted together.
     *
     * @return the reference, or empty if none was set
     */
    public Optional<String> eksternRef() {
        return Optional.ofNullable(eksternRef);
    }

    /**
     * When Innsyn should remove the message.
     *
     * @return the time, or empty if the message stays until deleted
     */
    public Optional<OffsetDateTime> tilgjengeligTil() {
        return Optional.ofNullable(tilgjengeligTil);
    }

    @Override
    public String toString() {
        return "InnsynMelding{meldingId=" + meldingId + ", fiksOrganisasjonId=" + fiksOrganisasjonId + ", versjon="
                + versjon + ", sikkerhetsniva=" + sikkerhetsniva + ", " + eksponertFor + "}";
    }

    /**
     * Collects the fields of an {@link InnsynMelding}; checked in {@link #build()}.
     *
     * <p>Every setter accepts {@code null} to leave the field unset, so that {@code build()} can report all missing
     * fields of a message at once.
     */
    public static final class Builder {
        private UUID meldingId;
        private UUID fiksOrganisasjonId;
        private Integer sikkerhetsniva;
        private EksponertFor eksponertFor;
        private MeldingVersjon versjon;
        private Object metadata;
        private String metadataJson;
        private String eksternRef;
        private OffsetDateTime tilgjengeligTil;

        private Builder() {
        }

        /**
         * Sets the message's id (required).
         *
         * @param meldingId the id
         * @return this builder
         */
        public Builder meldingId(UUID meldingId) {
            this.meldingId = meldingId;
            return this;
        }

        /**
         * Sets the Fiks organisation responsible for the message (required).
         *
         * @param fiksOrganisasjonId the organisation's id
         * @return this builder
         */
        public Builder fiksOrganisasjonId(UUID fiksOrganisasjonId) {
            this.fiksOrganisasjonId = fiksOrganisasjonId;
            return this;
        }

        /**
         * Sets the lowest login security level at which the citizen may see the message (required).
         *
         * @param sikkerhetsniva zero or more, usually 3 or 4
         * @return this builder
         */
        public Builder sikkerhetsniva(Integer sikkerhetsniva) {
            this.sikkerhetsniva = sikkerhetsniva;
            return this;
        }

        /**
         * Sets who may see the message (required).
         *
         * @param eksponertFor the exposure, such as {@code EksponertFor.fodselsnummer("01017012345")}
         * @return this builder
         */
        public Builder eksponertFor(EksponertFor eksponertFor) {
            this.eksponertFor = eksponertFor;
            return this;
        }

        /**
         * Sets the type and version of the metadata (required).
         *
         * @param versjon the version, such as {@link MeldingVersjon#FORSENDELSE_V2}
         * @return this builder
         */
        public Builder versjon(MeldingVersjon versjon) {
            this.versjon = versjon;
            return this;
        }

        /**
         * Sets the type and version of the metadata by name (required).
         *
         * @param versjon the name, such as {@code "forsendelseV2"}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder versjon(String versjon) {
            this.versjon = versjon == null ? null : MeldingVersjon.of(versjon);
            return this;
        }

        /**
         * Sets the metadata as an object that {@link #build()} writes as JSON (required, unless
         * {@link #metadataJson} is set): a generated model such as
         * {@link io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2}, which gets its {@code versjon} written,
         * or any other object, {@code Map} or {@code JsonObject} that Gson writes as a JSON object.
         *
         * @param metadata the metadata; replaces JSON set earlier
         * @return this builder
         */
        public Builder metadata(Object metadata) {
            this.metadata = metadata;
            this.metadataJson = null;
            return this;
        }

        /**
         * Sets the metadata as JSON text (required, unless {@link #metadata} is set).
         *
         * @param metadataJson a JSON object; replaces an object set earlier
         * @return this builder
         */
        public Builder metadataJson(String metadataJson) {
            this.metadataJson = metadataJson;
            this.metadata = null;
            return this;
        }

        /**
         * Sets the external reference by which a group of messages can be deleted together (optional).
         *
         * @param eksternRef letters (including æøå), digits, spaces and {@code _.,/-}
         * @return this builder
         */
        public Builder eksternRef(String eksternRef) {
            this.eksternRef = eksternRef;
            return this;
        }

        /**
         * Sets when Innsyn should remove the message (optional); a cleanup job removes it some time after.
         *
         * @param tilgjengeligTil the time
         * @return this builder
         */
        public Builder tilgjengeligTil(OffsetDateTime tilgjengeligTil) {
            this.tilgjengeligTil = tilgjengeligTil;
            return this;
        }

        /**
         * Checks every field, writes the metadata as JSON, checks it against its versjon's model (see
         * {@link InnsynMelding#metadataProblems()}; those problems do not stop the build) and creates the message.
         *
         * @return the message
         * @throws IllegalStateException naming the message (its meldingId, if set) and each field that is missing
         *     or invalid
         */
        public InnsynMelding build() {
            List<String> problems = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            required(meldingId, "meldingId", missing);
            required(fiksOrganisasjonId, "fiksOrganisasjonId", missing);
            required(sikkerhetsniva, "sikkerhetsniva", missing);
            required(eksponertFor, "eksponertFor", missing);
            required(versjon, "versjon", missing);
            required(metadata != null ? metadata : metadataJson, "metadata", missing);
            if (!missing.isEmpty()) {
                problems.add("missing " + String.join(", ", missing));
            }
            if (sikkerhetsniva != null && sikkerhetsniva < 0) {
                problems.add("sikkerhetsniva must not be negative, was " + sikkerhetsniva);
            }
            if (eksternRef != null && !EKSTERN_REF.matcher(eksternRef).matches()) {
                problems.add("eksternRef '" + eksternRef + "' may hold only letters, digits, spaces and _.,/-");
            }
            JsonObject json = null;
            if (metadata != null || metadataJson != null) {
                try {
                    json = metadataJsonObject();
                } catch (JsonParseException e) {
                    problems.add("metadata is not valid JSON (" + e.getMessage() + ")");
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                String name = meldingId == null ? "InnsynMelding without meldingId" : "InnsynMelding " + meldingId;
                throw new IllegalStateException(name + ": " + String.join("; ", problems));
            }
            return new InnsynMelding(this, json.toString(), MetadataModels.get().check(versjon.value(), json));
        }

        private JsonObject metadataJsonObject() {
            JsonElement tree = metadata != null ? MetadataTrees.of(metadata) : JsonParser.parseString(metadataJson);
            if (!tree.isJsonObject()) {
                throw new IllegalArgumentException("metadata must be a JSON object, was " + kind(tree));
            }
            return tree.getAsJsonObject();
        }

        private static String kind(JsonElement tree) {
            if (tree.isJsonArray()) {
                return "an array";
            }
            return tree.isJsonNull() ? "null" : "a single value";
        }

        private static void required(Object value, String field, List<String> missing) {
            if (value == null) {
                missing.add(field);
            }
        }
    }
}
