package io.github.fiksclients.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.UnknownMeldingMetadata;
import io.github.fiksclients.innsyn.soklegacy.v1.JSON;
import io.github.fiksclients.innsyn.soklegacy.v1.model.LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints search hits as a table: meldingId, dokumentId, versjon/type (as Innsyn spelled it, also for a kind this version
 * does not know), and the title where the kind has one.
 */
final class HitPrinter {

    private static final List<String> HEADER = List.of("meldingId", "dokumentId", "versjon/type", "tittel");

    private final PrintWriter out;
    private final String indent;

    /** Prints to {@code out}, each line after {@code indent}. */
    HitPrinter(PrintWriter out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    void print(List<MeldingV1LegacySokHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MeldingV1LegacySokHit hit : hits) {
            rows.add(List.of(Objects.toString(hit.getMeldingId(), "-"), Objects.toString(hit.getDokumentId(), "-"),
                    kind(hit.getMeldingMetadata()), tittel(hit.getMeldingMetadata())));
        }
        int[] widths = new int[HEADER.size() - 1];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + widths[column] + "s  ", row.get(column)));
            }
            out.println(line.append(row.get(widths.length)).toString().stripTrailing());
        }
        out.flush();
    }

    private static String kind(LegacySokHit metadata) {
        String versjon = metadata instanceof UnknownMeldingMetadata unknown ? unknown.versjon().orElse(null)
                : metadata == null || metadata.getVersjon() == null ? null : metadata.getVersjon().getValue();
        if (versjon == null) {
            return "-";
        }
        return versjon + (metadata.getType() == null ? "" : "/" + metadata.getType().getValue());
    }

    /** The metadata's {@code tittel}, which most kinds have (not matrikkelenhet); read generically from its JSON. */
    private static String tittel(LegacySokHit metadata) {
        if (metadata == null) {
            return "";
        }
        JsonElement json = JSON.gson().toJsonTree(metadata);
        JsonElement tittel = json.isJsonObject() ? ((JsonObject) json).get("tittel") : null;
        return tittel != null && tittel.isJsonPrimitive() ? tittel.getAsString() : "";
    }
}
