package io.github.fiksclients.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A melding as the simulated Innsyn index holds it after a successful index request, with its metadata
 * decoded from Base64. Get them from {@link InnsynSimulator#indexed()} and {@link InnsynSimulator#melding(UUID)}.
 */
public final class IndexedMelding {

    private final UUID meldingId;
    private final UUID fiksOrganisasjonId;
    private final String eksternRef;
    private final int sikkerhetsniva;
    private final String eksponertForType;
    private final String eksponertForVerdi;
    private final String versjon;
    private final String metadataJson;
    private final JsonObject metadata;
    private final OffsetDateTime tilgjengeligTil;
    private final Instant indexedAt;
    private final String searchText;

    IndexedMelding(Fields fields) {
        this.meldingId = fields.meldingId;
        this.fiksOrganisasjonId = fields.fiksOrganisasjonId;
        this.eksternRef = fields.eksternRef;
        this.sikkerhetsniva = fields.sikkerhetsniva;
        this.eksponertForType = fields.eksponertForType;
        this.eksponertForVerdi = fields.eksponertForVerdi;
        this.versjon = fields.versjon;
        this.metadataJson = fields.metadataJson;
        this.metadata = fields.metadata.deepCopy();
        this.tilgjengeligTil = fields.tilgjengeligTil;
        this.indexedAt = fields.indexedAt;
        StringBuilder text = new StringBuilder();
        collectValues(metadata, text);
        this.searchText = text.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The melding's id.
     *
     * @return the meldingId it was indexed with
     */
    public UUID meldingId() {
        return meldingId;
    }

    /**
     * The Fiks organisation responsible for the melding.
     *
     * @return the fiksOrganisasjonId it was indexed with
     */
    public UUID fiksOrganisasjonId() {
        return fiksOrganisasjonId;
    }

    /**
     * The external reference used to delete groups of meldinger.
     *
     * @return the eksternRef, or empty if none was given
     */
    public Optional<String> eksternRef() {
        return Optional.ofNullable(eksternRef);
    }

    /**
     * The login level needed to see the melding.
     *
     * @return the sikkerhetsniva it was indexed with
     */
    public int sikkerhetsniva() {
        return sikkerhetsniva;
    }

    /**
     * The kind of identifier the melding is shown to.
     *
     * @return {@code FODSELSNUMMER}, {@code ORGANISASJONSNUMMER}, {@code MATRIKKELNUMMER} or {@code OFFENTLIG}
     */
    public String eksponertForType() {
        return eksponertForType;
    }

    /**
     * The identifier the melding is shown to, such as a fødselsnummer.
     *
     * @return the eksponertFor verdi
     */
    public String eksponertForVerdi() {
        return eksponertForVerdi;
    }

    /**
     * The type and version of the metadata, such as {@code forsendelseV2}.
     *
     * @return the versjon it was indexed with
     */
    public String versjon() {
        return versjon;
    }

    /**
     * The metadata as the indexer sent it, decoded from Base64.
     *
     * @return the JSON text
     */
    public String metadataJson() {
        return metadataJson;
    }

    /**
     * When the melding should disappear; the simulator hides it from search and lookup from then on.
     *
     * @return the tilgjengeligTil, or empty if none was given
     */
    public Optional<OffsetDateTime> tilgjengeligTil() {
        return Optional.ofNullable(tilgjengeligTil);
    }

    /**
     * When the melding was last indexed; search hits carry it as {@code sorteringDato}.
     *
     * @return the instant of the last index request that wrote it
     */
    public Instant indexedAt() {
        return indexedAt;
    }

    JsonObject metadata() {
        return metadata.deepCopy();
    }

    /** The metadata's own leaf values, lowercased, for case-insensitive term search. */
    String searchText() {
        return searchText;
    }

    boolean visibleTo(String fodselsnummer, Instant now) {
        return "FODSELSNUMMER".equals(eksponertForType) && eksponertForVerdi.equals(fodselsnummer)
                && (tilgjengeligTil == null || tilgjengeligTil.toInstant().isAfter(now));
    }

    /** The metadata's top-level {@code korrelasjonId}, if it has one. */
    Optional<String> korrelasjonId() {
        return string(metadata.get("korrelasjonId"));
    }

    /**
     * The metadata's {@code forelder} object, if it has one, as search hits show it: {@code type} and
     * {@code dokumentId}. The index models name the parent by {@code meldingId}; as the simulator's dokumentId of a
     * melding is its meldingId, that becomes the {@code dokumentId}.
     */
    Optional<JsonObject> forelder() {
        JsonElement forelder = metadata.get("forelder");
        if (forelder == null || !forelder.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject shown = forelder.getAsJsonObject().deepCopy();
        if (!shown.has("dokumentId") && shown.has("meldingId")) {
            shown.add("dokumentId", shown.remove("meldingId"));
        }
        return Optional.of(shown);
    }

    private static Optional<String> string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? Optional.of(element.getAsString()) : Optional.empty();
    }

    private static void collectValues(JsonElement element, StringBuilder text) {
        if (element.isJsonPrimitive()) {
            text.append(element.getAsString()).append('\n');
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> collectValues(item, text));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                collectValues(entry.getValue(), text);
            }
        }
    }

    @Override
    public String toString() {
        return "IndexedMelding{meldingId=" + meldingId + ", versjon=" + versjon + ", sikkerhetsniva="
                + sikkerhetsniva + ", eksponertFor=" + eksponertForType + "}";
    }

    /** The checked values of a melding, collected by the index request validation. */
    static final class Fields {
        UUID meldingId;
        UUID fiksOrganisasjonId;
        String eksternRef;
        int sikkerhetsniva;
        String eksponertForType;
        String eksponertForVerdi;
        String versjon;
        String metadataJson;
        JsonObject metadata;
        OffsetDateTime tilgjengeligTil;
        Instant indexedAt;
    }
}
