package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForelderOppslagResultat;
import io.github.fiksclients.innsyn.oppslag.v1.model.KorrelasjonOppslag;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Innsyn lookup ({@code /innsyn-sok/api/v1/oppslag/...}).
 *
 * <p>{@code dokument}: the melding whose meldingId is the {@code dokumentId}; 404 if it is unknown or not visible
 * to the person, {@code lookupErrorCode INNLOGGINGSNIVA_UTILSTREKKELIG} if the login level is too low.
 * {@code korrelasjon}: the visible meldinger whose metadata has that {@code korrelasjonId}. {@code forelder}: the
 * melding whose meldingId is the {@code forelderId}, and the visible meldinger whose metadata {@code forelder}
 * has that {@code dokumentId} and {@code type}. {@code akseptertMeldingVersjon} filters the lists.
 */
final class InnsynOppslagEndpoints {

    private final InnsynSimulator innsyn;

    InnsynOppslagEndpoints(InnsynSimulator innsyn) {
        this.innsyn = innsyn;
    }

    void register(SimulatorRouter router) {
        router.route("GET", "/innsyn-sok/api/v1/oppslag/dokument", this::dokument)
                .route("GET", "/innsyn-sok/api/v1/oppslag/korrelasjon", this::korrelasjon)
                .route("GET", "/innsyn-sok/api/v1/oppslag/forelder", this::forelder);
    }

    private void dokument(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        String dokumentId = required(exchange, "dokumentId");
        required(exchange, "type");
        IndexedMelding melding = visible(person, dokumentId)
                .orElseThrow(() -> ApiException.notFound("No dokument " + dokumentId + " for this person"));
        JsonObject tree = new JsonObject();
        if (melding.sikkerhetsniva() > person.sikkerhetsniva()) {
            tree.addProperty("lookupErrorCode", "INNLOGGINGSNIVA_UTILSTREKKELIG");
        } else {
            tree.add("hit", InnsynSearch.hit(melding));
        }
        respond(exchange, tree, OppslagResultat.class);
    }

    private void korrelasjon(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        String korrelasjonId = required(exchange, "korrelasjonId");
        InnsynSearch.Matches barn = InnsynSearch.find(innsyn, person, accepted(exchange)
                .and(melding -> melding.korrelasjonId().filter(korrelasjonId::equals).isPresent()));
        JsonObject tree = new JsonObject();
        tree.add("barn", hits(barn));
        tree.addProperty("barnOverInnloggingsniva", barn.aboveLevel());
        respond(exchange, tree, KorrelasjonOppslag.class);
    }

    private void forelder(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        String forelderId = required(exchange, "forelderId");
        String forelderType = required(exchange, "forelderType");
        JsonObject tree = new JsonObject();
        Optional<IndexedMelding> forelder = visible(person, forelderId);
        if (forelder.isEmpty()) {
            tree.addProperty("ingenForelderKode", "IKKE_EKSISTERENDE_ELLER_IKKE_AUTORISERT");
        } else if (forelder.get().sikkerhetsniva() > person.sikkerhetsniva()) {
            tree.addProperty("ingenForelderKode", "INNLOGGINGSNIVA_UTILSTREKKELIG");
        } else {
            tree.add("forelder", InnsynSearch.hit(forelder.get()));
        }
        InnsynSearch.Matches barn = InnsynSearch.find(innsyn, person, accepted(exchange)
                .and(melding -> melding.forelder().filter(f -> refersTo(f, forelderId, forelderType)).isPresent()));
        tree.add("barn", hits(barn));
        tree.addProperty("barnPaHoyereInnloggingniva", barn.aboveLevel());
        respond(exchange, tree, ForelderOppslagResultat.class);
    }

    private Optional<IndexedMelding> visible(FiksAuthorization.PersonSession person, String dokumentId) {
        UUID meldingId;
        try {
            meldingId = UUID.fromString(dokumentId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return innsyn.melding(meldingId).filter(melding -> melding.visibleTo(person.pid(), now));
    }

    private static boolean refersTo(JsonObject forelder, String dokumentId, String type) {
        String forelderType = text(forelder.get("type"));
        return dokumentId.equals(text(forelder.get("dokumentId")))
                && forelderType != null && type.toLowerCase(Locale.ROOT).equals(forelderType.toLowerCase(Locale.ROOT));
    }

    private static String text(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static Predicate<IndexedMelding> accepted(SimulatorExchange exchange) {
        return InnsynSearch.versjonIn(exchange.queryParams("akseptertMeldingVersjon"));
    }

    private static JsonArray hits(InnsynSearch.Matches matches) {
        return InnsynSearch.hits(matches.within(), 0, Integer.MAX_VALUE);
    }

    private static String required(SimulatorExchange exchange, String name) {
        String value = exchange.queryParam(name);
        if (value == null) {
            throw ApiException.badRequest("The query parameter " + name + " is required");
        }
        return value;
    }

    private static void respond(SimulatorExchange exchange, JsonObject tree, Class<?> model) throws IOException {
        Gson gson = io.github.fiksclients.innsyn.oppslag.v1.JSON.gson();
        exchange.respondJson(200, InnsynSearch.render(gson, tree, model));
    }
}
