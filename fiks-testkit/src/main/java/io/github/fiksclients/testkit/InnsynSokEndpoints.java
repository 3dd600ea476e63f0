package io.github.fiksclients.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Filter;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MultiSokeresultat;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostFilter;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokeresultat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Innsyn search: post ({@code /innsyn-sok/api/v1/post/sok}), multi ({@code /innsyn-sok/api/v1/multi/sok}) and
 * legacy ({@code /innsyn-sok/api/v1/sok}).
 *
 * <p>Honoured: {@code term}, {@code fra}, {@code antall} (default 10), {@code akseptertMeldingVersjon}, and the
 * body's {@code fiksOrganisasjon} (and legacy {@code typer}) filters. Ignored: dates, {@code sortering},
 * {@code onBehalfOf}, {@code kommune}; aggregeringer are not computed. Post search finds forsendelseV1 and
 * forsendelseV2; multi search puts kommunaltjenesteV1 hits in {@code tjenesteAlleKommuner}.
 */
final class InnsynSokEndpoints {

    private static final Set<String> POST_VERSJONER = Set.of("forsendelseV1", "forsendelseV2");
    private static final Map<String, Set<String>> MULTI_CATEGORIES = multiCategories();

    private final InnsynSimulator innsyn;

    InnsynSokEndpoints(InnsynSimulator innsyn) {
        this.innsyn = innsyn;
    }

    void register(SimulatorRouter router) {
        router.route("POST", "/innsyn-sok/api/v1/post/sok", this::post)
                .route("POST", "/innsyn-sok/api/v1/multi/sok", this::multi)
                .route("POST", "/innsyn-sok/api/v1/sok", this::legacy);
    }

    private void post(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        Gson gson = io.github.fiksclients.innsyn.sokpost.v1.JSON.gson();
        PostFilter filter = exchange.optionalJsonBody(gson, PostFilter.class);
        Predicate<IndexedMelding> which = common(exchange)
                .and(InnsynSearch.versjonIn(POST_VERSJONER))
                .and(InnsynSearch.organisasjonIn(filter == null ? null : filter.getFiksOrganisasjon()));
        respondPage(exchange, gson, PostSokeresultat.class, InnsynSearch.find(innsyn, person, which));
    }

    private void legacy(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        Gson gson = io.github.fiksclients.innsyn.soklegacy.v1.JSON.gson();
        Filter filter = exchange.optionalJsonBody(gson, Filter.class);
        Predicate<IndexedMelding> which = common(exchange);
        if (filter != null) {
            Set<String> typer = filter.getTyper() == null ? Set.of() : filter.getTyper().stream()
                    .map(Filter.TyperEnum::getValue)
                    .collect(Collectors.toSet());
            which = which.and(InnsynSearch.organisasjonIn(filter.getFiksOrganisasjon()))
                    .and(melding -> typer.isEmpty() || typer.contains(InnsynSearch.type(melding.versjon())));
        }
        respondPage(exchange, gson, Sokeresultat.class, InnsynSearch.find(innsyn, person, which));
    }

    private void multi(SimulatorExchange exchange) throws IOException {
        FiksAuthorization.PersonSession person = innsyn.authorization().requirePerson(exchange);
        int antall = exchange.intQueryParam("antall", 10, 0);
        Predicate<IndexedMelding> which = common(exchange);
        JsonObject tree = new JsonObject();
        MULTI_CATEGORIES.forEach((category, versjoner) -> {
            InnsynSearch.Matches matches = InnsynSearch.find(innsyn, person,
                    which.and(InnsynSearch.versjonIn(versjoner)));
            JsonObject result = counts(matches);
            result.add("treff", InnsynSearch.hits(matches.within(), 0, antall));
            tree.add(category, result);
        });
        Gson gson = io.github.fiksclients.innsyn.sokmulti.v1.JSON.gson();
        exchange.respondJson(200, InnsynSearch.render(gson, tree, MultiSokeresultat.class));
    }

    private static Predicate<IndexedMelding> common(SimulatorExchange exchange) {
        return InnsynSearch.term(exchange.queryParam("term"))
                .and(InnsynSearch.versjonIn(exchange.queryParams("akseptertMeldingVersjon")));
    }

    private static void respondPage(SimulatorExchange exchange, Gson gson, Class<?> model,
            InnsynSearch.Matches matches) throws IOException {
        int fra = exchange.intQueryParam("fra", 0, 0);
        int antall = exchange.intQueryParam("antall", 10, 0);
        JsonObject tree = counts(matches);
        tree.add("treff", InnsynSearch.hits(matches.within(), fra, antall));
        tree.addProperty("forespurtFra", fra);
        tree.addProperty("forespurtAntall", antall);
        exchange.respondJson(200, InnsynSearch.render(gson, tree, model));
    }

    private static JsonObject counts(InnsynSearch.Matches matches) {
        JsonObject counts = new JsonObject();
        counts.addProperty("antallTreff", matches.within().size());
        counts.addProperty("treffMedHoyereInnloggingsniva", matches.aboveLevel());
        return counts;
    }

    private static Map<String, Set<String>> multiCategories() {
        Map<String, Set<String>> categories = new LinkedHashMap<>();
        categories.put("post", POST_VERSJONER);
        categories.put("byggesak", Set.of("byggesakV1"));
        categories.put("eiendom", Set.of("matrikkelenhetV1"));
        categories.put("tjenesteAlleKommuner", Set.of("kommunaltjenesteV1"));
        categories.put("innsendtSkjema", Set.of("innsendtskjemaV1"));
        categories.put("kladd", Set.of("skjemakladdV1"));
        return categories;
    }
}
