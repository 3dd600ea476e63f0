package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What search and lookup share: which meldinger a person sees, the filters, and the hit in the shape common to
 * every Innsyn search response ({@code MeldingV1...}), with the decoded metadata as {@code meldingMetadata}.
 */
final class InnsynSearch {

    private InnsynSearch() {
    }

    /** The person's visible meldinger that pass the filter, split by whether the person's level suffices. */
    static Matches find(InnsynSimulator innsyn, FiksAuthorization.PersonSession person,
            Predicate<IndexedMelding> filter) {
        Instant now = Instant.now();
        List<IndexedMelding> within = new ArrayList<>();
        long aboveLevel = 0;
        for (IndexedMelding melding : innsyn.indexed()) {
            if (!melding.visibleTo(person.pid(), now) || !filter.test(melding)) {
                continue;
            }
            if (melding.sikkerhetsniva() <= person.sikkerhetsniva()) {
                within.add(melding);
            } else {
                aboveLevel++;
            }
        }
        return new Matches(within, aboveLevel);
    }

    /** Matches meldinger with the term in any metadata value, ignoring case; a blank term matches all. */
    static Predicate<IndexedMelding> term(String term) {
        if (term == null || term.isBlank()) {
            return melding -> true;
        }
        String needle = term.trim().toLowerCase(Locale.ROOT);
        return melding -> melding.searchText().contains(needle);
    }

    /** Matches meldinger of these versjoner; no versjoner matches all. */
    static Predicate<IndexedMelding> versjonIn(Collection<String> versjoner) {
        return melding -> versjoner == null || versjoner.isEmpty() || versjoner.contains(melding.versjon());
    }

    /** Matches meldinger of these organisations; no organisations matches all. */
    static Predicate<IndexedMelding> organisasjonIn(Collection<?> fiksOrganisasjoner) {
        return melding -> fiksOrganisasjoner == null || fiksOrganisasjoner.isEmpty()
                || fiksOrganisasjoner.contains(melding.fiksOrganisasjonId());
    }

    /** The metadata type of a versjon: {@code forsendelseV2} is of type {@code forsendelse}. */
    static String type(String versjon) {
        return versjon.replaceFirst("V\\d+$", "");
    }

    /** A page of hits, from {@code fra}, at most {@code antall}. */
    static JsonArray hits(List<IndexedMelding> meldinger, int fra, int antall) {
        JsonArray hits = new JsonArray();
        meldinger.stream().skip(fra).limit(antall).map(InnsynSearch::hit).forEach(hits::add);
        return hits;
    }

    static JsonObject hit(IndexedMelding melding) {
        JsonObject metadata = melding.metadata();
        metadata.addProperty("versjon", melding.versjon());
        if (!metadata.has("type")) {
            metadata.addProperty("type", type(melding.versjon()));
        }
        JsonObject organisasjon = new JsonObject();
        organisasjon.addProperty("id", melding.fiksOrganisasjonId().toString());
        JsonObject hit = new JsonObject();
        hit.addProperty("meldingId", melding.meldingId().toString());
        hit.addProperty("dokumentId", melding.meldingId().toString());
        hit.addProperty("sikkerhetsniva", melding.sikkerhetsniva());
        hit.add("fiksOrganisasjon", organisasjon);
        hit.addProperty("sorteringDato", melding.indexedAt().atOffset(ZoneOffset.UTC).toString());
        melding.korrelasjonId().ifPresent(id -> hit.addProperty("korrelasjonId", id));
        melding.forelder().ifPresent(forelder -> hit.add("forelder", forelder));
        melding.eksternRef().ifPresent(ref -> hit.addProperty("eksternRef", ref));
        hit.add("meldingMetadata", metadata);
        hit.addProperty("score", 1.0);
        melding.tilgjengeligTil().ifPresent(til -> hit.addProperty("tilgjengeligTil", til.toString()));
        return hit;
    }

    /** Binds a response tree to its generated model and writes it back, so only the spec's shape goes out. */
    static String render(Gson gson, JsonElement tree, Class<?> model) {
        return gson.toJson(gson.fromJson(tree, model));
    }

    /** A person's matches within their login level, and how many more need a higher one. */
    record Matches(List<IndexedMelding> within, long aboveLevel) {
    }
}
