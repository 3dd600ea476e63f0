package io.github.fiksclients.innsyn;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Objects;

/**
 * The type and version of a message's metadata, such as {@code forsendelseV2}: what an indexed message's
 * {@code versjon} names, and what a search or lookup lists in {@code akseptertMeldingVersjon}.
 *
 * <p>The constants are the versions the Innsyn specs know; {@link #of(String)} names any other, so a version
 * newer than this library can still be used.
 *
 * @param value the name on the wire, such as {@code "forsendelseV2"}; not blank
 */
public record MeldingVersjon(String value) {

    /** An invoice ({@code fakturaV1}). */
    public static final MeldingVersjon FAKTURA_V1 = new MeldingVersjon("fakturaV1");

    /** A case folder as the search and lookup services name it ({@code saksmappeV1}). */
    public static final MeldingVersjon SAKSMAPPE_V1 = new MeldingVersjon("saksmappeV1");

    /** A case folder as the index and the post, faktura and skjema searches name it ({@code mappeV1}). */
    public static final MeldingVersjon MAPPE_V1 = new MeldingVersjon("mappeV1");

    /** A journal entry ({@code journalpostV1}). */
    public static final MeldingVersjon JOURNALPOST_V1 = new MeldingVersjon("journalpostV1");

    /** A forsendelse, first version ({@code forsendelseV1}). */
    public static final MeldingVersjon FORSENDELSE_V1 = new MeldingVersjon("forsendelseV1");

    /** A forsendelse with addresses, typed documents and links ({@code forsendelseV2}). */
    public static final MeldingVersjon FORSENDELSE_V2 = new MeldingVersjon("forsendelseV2");

    /** A building case ({@code byggesakV1}). */
    public static final MeldingVersjon BYGGESAK_V1 = new MeldingVersjon("byggesakV1");

    /** A cadastral unit ({@code matrikkelenhetV1}). */
    public static final MeldingVersjon MATRIKKELENHET_V1 = new MeldingVersjon("matrikkelenhetV1");

    /** A submitted form ({@code innsendtskjemaV1}). */
    public static final MeldingVersjon INNSENDTSKJEMA_V1 = new MeldingVersjon("innsendtskjemaV1");

    /** A draft form ({@code skjemakladdV1}). */
    public static final MeldingVersjon SKJEMAKLADD_V1 = new MeldingVersjon("skjemakladdV1");

    /** A municipal service ({@code kommunaltjenesteV1}). */
    public static final MeldingVersjon KOMMUNALTJENESTE_V1 = new MeldingVersjon("kommunaltjenesteV1");

    /** A task ({@code oppgaveV1}). */
    public static final MeldingVersjon OPPGAVE_V1 = new MeldingVersjon("oppgaveV1");

    /**
     * Checks the name.
     *
     * @param value the name on the wire; not blank
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank or has surrounding spaces
     */
    public MeldingVersjon {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException("A versjon must be a name such as forsendelseV2, was '" + value + "'");
        }
    }

    /**
     * Names a version, known or not.
     *
     * @param value the name on the wire, such as {@code "forsendelseV2"}
     * @return the version
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static MeldingVersjon of(String value) {
        return new MeldingVersjon(value);
    }

    /**
     * Checks metadata against this versjon's model, as {@link InnsynMelding#metadataProblems()} does when a message is
     * built; for tools that hold metadata as JSON text, such as a test server.
     *
     * @param metadataJson the metadata, a JSON object
     * @return one line per problem, naming no values; empty if it matches, or if this library has no model for this
     *     versjon
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public List<String> checkMetadata(String metadataJson) {
        Objects.requireNonNull(metadataJson, "metadataJson");
        JsonElement tree;
        try {
            tree = JsonParser.parseString(metadataJson);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("The metadata is not valid JSON", e);
        }
        if (!tree.isJsonObject()) {
            throw new IllegalArgumentException("The metadata is not a JSON object");
        }
        return MetadataModels.get().check(value, tree.getAsJsonObject());
    }

    /**
     * Returns the name on the wire.
     *
     * @return the name, such as {@code forsendelseV2}
     */
    @Override
    public String toString() {
        return value;
    }
}
