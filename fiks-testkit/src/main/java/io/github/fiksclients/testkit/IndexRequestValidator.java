package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.innsyn.index.v2.model.EksponertFor;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks every melding of an Innsyn index request before anything is written, as Innsyn does: when any melding is
 * invalid, the whole request is refused with a 400 and nothing is written. The message names the first invalid
 * melding (position and meldingId) and its field; {@code errorJson} names the first in {@code melding},
 * {@code meldingId} and {@code felt}, and lists every invalid melding in {@code feil}, each with {@code melding},
 * {@code meldingId}, {@code felt} and {@code feilmelding}.
 *
 * <p>A melding is invalid when a required field is missing or malformed, when its {@code versjon} is not one Innsyn
 * knows, or when its metadata does not match its versjon's model (as {@link MeldingVersjon#checkMetadata} says).
 */
final class IndexRequestValidator {

    static final int MAX_MELDINGER = 5000;

    /**
     * The versjoner the simulator accepts: the names of the Innsyn specs, and those KS documents for index v2.
     */
    static final Set<String> VERSJONER = Set.of("fakturaV1", "saksmappeV1", "mappeV1", "journalpostV1",
            "forsendelseV1", "forsendelseV2", "byggesakV1", "matrikkelenhetV1", "innsendtskjemaV1", "skjemakladdV1",
            "kommunaltjenesteV1", "oppgaveV1", "FAKTURA_V1", "INNSENDT_SKJEMA_V1", "SKJEMAKLADD_V1", "MAPPE_V1",
            "JOURNALPOST_V1");

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
        List<Invalid> invalid = new ArrayList<>();
        for (int i = 0; i < meldinger.size(); i++) {
            try {
                valid.add(validate(meldinger.get(i), i, now));
            } catch (Invalid problem) {
                invalid.add(problem);
            }
        }
        if (!invalid.isEmpty()) {
            throw refusal(invalid);
        }
        return valid;
    }

    private static IndexedMelding validate(IndexMeldingV2 melding, int index, Instant now) {
        if (melding == null) {
            throw new Invalid(index, null, "melding", "is null");
        }
        UUID meldingId = melding.getMeldingId();
        IndexedMelding.Fields fields = new IndexedMelding.Fields();
        fields.meldingId = required(meldingId, index, null, "meldingId");
        fields.fiksOrganisasjonId = required(melding.getFiksOrganisasjonId(), index, meldingId, "fiksOrganisasjonId");
        Integer sikkerhetsniva = required(melding.getSikkerhetsniva(), index, meldingId, "sikkerhetsniva");
        if (sikkerhetsniva < 0) {
            throw new Invalid(index, meldingId, "sikkerhetsniva", "must not be negative");
        }
        fields.sikkerhetsniva = sikkerhetsniva;
        EksponertFor eksponertFor = required(melding.getEksponertFor(), index, meldingId, "eksponertFor");
        EksponertFor.IdentifikatorTypeEnum type = required(eksponertFor.getIdentifikatorType(), index, meldingId,
                "eksponertFor.identifikatorType");
        if (type == EksponertFor.IdentifikatorTypeEnum.UNKNOWN_DEFAULT_OPEN_API) {
            throw new Invalid(index, meldingId, "eksponertFor.identifikatorType", "is not a known identifier type");
        }
        fields.eksponertForType = type.getValue();
        fields.eksponertForVerdi = requiredText(eksponertFor.getVerdi(), index, meldingId, "eksponertFor.verdi");
        fields.versjon = requiredText(melding.getVersjon(), index, meldingId, "versjon");
        if (!VERSJONER.contains(fields.versjon)) {
            throw new Invalid(index, meldingId, "versjon", "is not a versjon Innsyn knows");
        }
        String eksternRef = melding.getEksternRef();
        if (eksternRef != null && !EKSTERN_REF.matcher(eksternRef).matches()) {
            throw new Invalid(index, meldingId, "eksternRef", "holds characters outside letters, digits and _.,/- ");
        }
        fields.eksternRef = eksternRef;
        fields.metadataJson = decodeBase64(requiredText(melding.getMeldingMetadata(), index, meldingId,
                "meldingMetadata"), index, meldingId);
        fields.metadata = parseObject(fields.metadataJson, index, meldingId);
        List<String> problems = MeldingVersjon.of(fields.versjon).checkMetadata(fields.metadataJson);
        if (!problems.isEmpty()) {
            throw new Invalid(index, meldingId, "meldingMetadata", "does not match the " + fields.versjon
                    + " model: " + String.join("; ", problems));
        }
        fields.tilgjengeligTil = melding.getTilgjengeligTil();
        fields.indexedAt = now;
        return new IndexedMelding(fields);
    }

    private static <T> T required(T value, int index, UUID meldingId, String field) {
        if (value == null) {
            throw new Invalid(index, meldingId, field, "is missing");
        }
        return value;
    }

    private static String requiredText(String value, int index, UUID meldingId, String field) {
        if (required(value, index, meldingId, field).isBlank()) {
            throw new Invalid(index, meldingId, field, "is blank");
        }
        return value;
    }

    private static String decodeBase64(String base64, int index, UUID meldingId) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Invalid(index, meldingId, "meldingMetadata", "is not valid Base64");
        }
    }

    private static JsonObject parseObject(String json, int index, UUID meldingId) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                throw new Invalid(index, meldingId, "meldingMetadata", "is not the Base64 of one JSON object");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new Invalid(index, meldingId, "meldingMetadata", "is not the Base64 of valid JSON");
        }
    }

    private static ApiException refusal(List<Invalid> invalid) {
        Invalid first = invalid.get(0);
        JsonObject details = first.toJson();
        details.remove("feilmelding");
        JsonArray all = new JsonArray();
        invalid.forEach(problem -> all.add(problem.toJson()));
        details.add("feil", all);
        String more = invalid.size() == 1 ? "" : " (and " + (invalid.size() - 1) + " more invalid "
                + (invalid.size() == 2 ? "melding" : "meldinger") + ", listed in errorJson.feil)";
        return new ApiException(400, SimulatorErrorCodes.BAD_REQUEST, first.describe() + more, details);
    }

    /** One invalid melding of a request: where it is, and which field is wrong how. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int index;
        private final transient UUID meldingId;
        private final String field;
        private final String problem;

        Invalid(int index, UUID meldingId, String field, String problem) {
            super(null, null, false, false);
            this.index = index;
            this.meldingId = meldingId;
            this.field = field;
            this.problem = problem;
        }

        String describe() {
            return "meldinger[" + index + "]" + (meldingId == null ? "" : " (meldingId " + meldingId + ")") + ": "
                    + field + " " + problem;
        }

        JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("melding", index);
            if (meldingId != null) {
                json.addProperty("meldingId", meldingId.toString());
            }
            json.addProperty("felt", field);
            json.addProperty("feilmelding", field + " " + problem);
            return json;
        }
    }
}
