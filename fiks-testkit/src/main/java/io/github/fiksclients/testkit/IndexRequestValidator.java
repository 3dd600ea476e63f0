package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks every melding of an Innsyn index request before anything is written; the first invalid one is a 400
 * whose message and {@code errorJson} name the melding (position and meldingId) and the field.
 */
final class IndexRequestValidator {

    static final int MAX_MELDINGER = 5000;

    private static final Pattern EKSTERN_REF =
            Pattern.compile("^[A-Za-z\u00e6\u00f8\u00e5\u00c6\u00d8\u00c50-9_.,/\\- ]+$");
    private static final Gson GSON = new Gson();

    private IndexRequestValidator() {
    }

    static List<IndexedMelding> validate(List<IndexMeldingV2> meldinger, Instant now) {
        if (meldinger == null || meldinger.isEmpty()) {
            throw ApiException.badRequest("meldinger must hold at least one melding");
        }
        if (meldinger.size() > MAX_MELDINGER) {
            throw new ApiException(422, SimulatorErrorCodes.TOO_MANY_MELDINGER, "An index request may hold at most "
                    + MAX_MELDINGER + " meldinger; this one holds " + meldinger.size());
        }
        List<IndexedMelding> valid = new ArrayList<>(meldinger.size());
        for (int i = 0; i < meldinger.size(); i++) {
            valid.add(validate(meldinger.get(i), i, now));
        }
        return valid;
    }

    private static IndexedMelding validate(IndexMeldingV2 melding, int index, Instant now) {
        if (melding == null) {
            throw invalid(index, null, "melding", "is null");
        }
        UUID meldingId = melding.getMeldingId();
        IndexedMelding.Fields fields = new IndexedMelding.Fields();
        fields.meldingId = required(meldingId, index, null, "meldingId");
        fields.fiksOrganisasjonId = required(melding.getFiksOrganisasjonId(), index, meldingId, "fiksOrganisasjonId");
        Integer sikkerhetsniva = required(melding.getSikkerhetsniva(), index, meldingId, "sikkerhetsniva");
        if (sikkerhetsniva < 0) {
            throw invalid(index, meldingId, "sikkerhetsniva", "must not be negative");
        }
        fields.sikkerhetsniva = sikkerhetsniva;
        EksponertFor eksponertFor = required(melding.getEksponertFor(), index, meldingId, "eksponertFor");
        EksponertFor.IdentifikatorTypeEnum type = required(eksponertFor.getIdentifikatorType(), index, meldingId,
                "eksponertFor.identifikatorType");
        if (type == EksponertFor.IdentifikatorTypeEnum.UNKNOWN_DEFAULT_OPEN_API) {
            throw invalid(index, meldingId, "eksponertFor.identifikatorType", "is not a known identifier type");
        }
        fields.eksponertForType = type.getValue();
        fields.eksponertForVerdi = requiredText(eksponertFor.getVerdi(), index, meldingId, "eksponertFor.verdi");
        fields.versjon = requiredText(melding.getVersjon(), index, meldingId, "versjon");
        String eksternRef = melding.getEksternRef();
        if (eksternRef != null && !EKSTERN_REF.matcher(eksternRef).matches()) {
            throw invalid(index, meldingId, "eksternRef", "holds characters outside letters, digits and _.,/- ");
        }
        fields.eksternRef = eksternRef;
        fields.metadataJson = decodeBase64(requiredText(melding.getMeldingMetadata(), index, meldingId,
                "meldingMetadata"), index, meldingId);
        fields.metadata = parseObject(fields.metadataJson, index, meldingId);
        fields.tilgjengeligTil = melding.getTilgjengeligTil();
        fields.indexedAt = now;
        return new IndexedMelding(fields);
    }

    private static <T> T required(T value, int index, UUID meldingId, String field) {
        if (value == null) {
            throw invalid(index, meldingId, field, "is missing");
        }
        return value;
    }

    private static String requiredText(String value, int index, UUID meldingId, String field) {
        if (required(value, index, meldingId, field).isBlank()) {
            throw invalid(index, meldingId, field, "is blank");
        }
        return value;
    }

    private static String decodeBase64(String base64, int index, UUID meldingId) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(index, meldingId, "meldingMetadata", "is not valid Base64");
        }
    }

    private static JsonObject parseObject(String json, int index, UUID meldingId) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                throw invalid(index, meldingId, "meldingMetadata", "is not the Base64 of one JSON object");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw invalid(index, meldingId, "meldingMetadata", "is not the Base64 of valid JSON");
        }
    }

    private static ApiException invalid(int index, UUID meldingId, String field, String problem) {
        String melding = "meldinger[" + index + "]" + (meldingId == null ? "" : " (meldingId " + meldingId + ")");
        JsonObject details = new JsonObject();
        details.addProperty("melding", index);
        if (meldingId != null) {
            details.addProperty("meldingId", meldingId.toString());
        }
        details.addProperty("felt", field);
        return new ApiException(400, SimulatorErrorCodes.BAD_REQUEST, melding + ": " + field + " " + problem, details);
    }
}
