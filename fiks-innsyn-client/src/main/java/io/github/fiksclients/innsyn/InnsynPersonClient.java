package io.github.fiksclients.innsyn;

import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.innsyn.oppslag.v1.api.OppslagApi;
import io.github.fiksclients.innsyn.oppslag.v1.model.ForelderOppslagResultat;
import io.github.fiksclients.innsyn.oppslag.v1.model.KorrelasjonOppslag;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.sokeiendom.v1.api.EiendomSokApi;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.EiendomFilter;
import io.github.fiksclients.innsyn.sokeiendom.v1.model.EiendomSokeresultat;
import io.github.fiksclients.innsyn.sokfaktura.v1.api.FakturaSokApi;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturaFilter;
import io.github.fiksclients.innsyn.sokfaktura.v1.model.FakturaSokeresultat;
import io.github.fiksclients.innsyn.soklegacy.v1.api.LegacySokApi;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Filter;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.innsyn.sokmulti.v1.api.MultiSokApi;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MultiSokeresultat;
import io.github.fiksclients.innsyn.sokpost.v1.api.PostSokApi;
import io.github.fiksclients.innsyn.sokpost.v1.model.MeldingV1PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostFilter;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokeresultat;
import io.github.fiksclients.innsyn.sokskjema.v1.api.SkjemaSokApi;
import io.github.fiksclients.innsyn.sokskjema.v1.model.SkjemaSokeresultat;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Searches and looks up Innsyn messages for one citizen, in the integration-person mode: every request carries that
 * citizen's ID-porten token, the integration's id and its password.
 *
 * <p>Get one from {@link InnsynClient#forPerson}. It is immutable and shares nothing with another citizen's client
 * but the connection pool, so many can be used at once. Failures are typed
 * {@link io.github.fiksclients.errors.FiksException}s. The citizen's token is asked for on the thread that calls a
 * method here; a stream of all hits asks once, when it is created, and uses that token for every page. Filters are the generated models of each
 * search spec; their {@code fra}/{@code antall}, versions and order come from an {@link InnsynSearch}.
 *
 * <p>A hit's metadata decodes into the generated subclass of its {@code versjon}, such as {@code ForsendelseV2}. A
 * kind this version of the library does not know neither fails the page nor is lost: it decodes into the base type,
 * which then also implements {@link UnknownMeldingMetadata} with the {@code versjon} and JSON Innsyn sent.
 */
public final class InnsynPersonClient {

    private final FiksClient fiks;
    private final LegacySokApi legacy;
    private final PostSokApi post;
    private final FakturaSokApi faktura;
    private final SkjemaSokApi skjema;
    private final EiendomSokApi eiendom;
    private final MultiSokApi multi;
    private final OppslagApi oppslag;
    private final int maxPages;

    InnsynPersonClient(FiksClient fiks, int maxPages) {
        this.fiks = fiks;
        this.maxPages = maxPages;
        this.legacy = fiks.create(LegacySokApi.class, UnknownKinds.LEGACY);
        this.post = fiks.create(PostSokApi.class, UnknownKinds.POST);
        this.faktura = fiks.create(FakturaSokApi.class);
        this.skjema = fiks.create(SkjemaSokApi.class);
        this.eiendom = fiks.create(EiendomSokApi.class);
        this.multi = fiks.create(MultiSokApi.class, UnknownKinds.MULTI);
        this.oppslag = fiks.create(OppslagApi.class, UnknownKinds.OPPSLAG);
    }

    /**
     * This citizen's client with the token asked for once, now, on the caller's thread: the pages of a lazily
     * consumed stream are fetched with it, whichever thread consumes the stream.
     */
    private InnsynPersonClient boundToCaller() {
        FiksClient bound = fiks.boundToCaller();
        return bound == fiks ? this : new InnsynPersonClient(bound, maxPages);
    }

    /**
     * Searches every kind of message (Innsyn's general search, {@code /innsyn-sok/api/v1/sok}); each hit's metadata
     * is the subclass of its {@code versjon}, such as {@code ForsendelseV2}.
     *
     * @param search the parameters; {@code onBehalfOf} is not supported here
     * @return one page of hits
     * @throws IllegalArgumentException if {@code onBehalfOf} is set
     */
    public Sokeresultat search(InnsynSearch search) {
        return search(search, new Filter());
    }

    /**
     * Searches every kind of message, narrowed by a filter.
     *
     * @param search the parameters; {@code onBehalfOf} is not supported here
     * @param filter dates, organisations and document types to narrow by
     * @return one page of hits
     * @throws IllegalArgumentException if {@code onBehalfOf} is set
     */
    public Sokeresultat search(InnsynSearch search, Filter filter) {
        checkLegacy(search, filter);
        return legacyPage(search, filter, fra(search), antall(search));
    }

    /**
     * Streams every hit of a general search, from the search's {@code fra} on, fetching pages of its {@code antall}
     * (default 50) only as the stream is consumed.
     *
     * <p>The stream always ends: at the last page, and also when Innsyn answers a page for another {@code fra} than
     * asked, when a page holds only hits already given, or after {@link InnsynClient.Builder#maxPages} pages; a hit
     * already given (pages shifted by new meldinger) is not given again. Why it ended is logged, at WARN when it was
     * for one of these reasons.
     *
     * @param search the parameters; {@code onBehalfOf} is not supported here
     * @return the hits in Innsyn's order; a failed page throws from the stream's terminal operation
     * @throws IllegalArgumentException if {@code onBehalfOf} is set
     */
    public Stream<MeldingV1LegacySokHit> allHits(InnsynSearch search) {
        return allHits(search, new Filter());
    }

    /**
     * Streams every hit of a general search narrowed by a filter; see {@link #allHits(InnsynSearch)}.
     *
     * @param search the parameters; {@code onBehalfOf} is not supported here
     * @param filter dates, organisations and document types to narrow by
     * @return the hits in Innsyn's order
     * @throws IllegalArgumentException if {@code onBehalfOf} is set
     */
    public Stream<MeldingV1LegacySokHit> allHits(InnsynSearch search, Filter filter) {
        checkLegacy(search, filter);
        InnsynPersonClient pinned = boundToCaller();
        return HitPages.stream((fra, antall) -> {
            Sokeresultat page = pinned.legacyPage(search, filter, fra, antall);
            return new HitPages.Page<>(page.getAntallTreff(), page.getForespurtFra(), page.getTreff());
        }, hit -> identity(hit.getDokumentId(), hit.getMeldingId()), search, maxPages);
    }

    /**
     * Searches the citizen's mail (post): forsendelser, invoices and other letters.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @return one page of hits
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the post search does not know
     */
    public PostSokeresultat searchPost(InnsynSearch search) {
        return searchPost(search, new PostFilter());
    }

    /**
     * Searches the citizen's mail (post), narrowed by a filter.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @param filter dates and organisations to narrow by
     * @return one page of hits
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the post search does not know
     */
    public PostSokeresultat searchPost(InnsynSearch search, PostFilter filter) {
        return postPage(search, filter, postVersjoner(search, filter), fra(search), antall(search));
    }

    /**
     * Streams every hit of a mail search, fetching pages only as the stream is consumed; see
     * {@link #allHits(InnsynSearch)}.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @return the hits in Innsyn's order
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the post search does not know
     */
    public Stream<MeldingV1PostSokHit> allPostHits(InnsynSearch search) {
        return allPostHits(search, new PostFilter());
    }

    /**
     * Streams every hit of a mail search narrowed by a filter; see {@link #allHits(InnsynSearch)}.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @param filter dates and organisations to narrow by
     * @return the hits in Innsyn's order
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the post search does not know
     */
    public Stream<MeldingV1PostSokHit> allPostHits(InnsynSearch search, PostFilter filter) {
        var versjoner = postVersjoner(search, filter);
        InnsynPersonClient pinned = boundToCaller();
        return HitPages.stream((fra, antall) -> {
            PostSokeresultat page = pinned.postPage(search, filter, versjoner, fra, antall);
            return new HitPages.Page<>(page.getAntallTreff(), page.getForespurtFra(), page.getTreff());
        }, hit -> identity(hit.getDokumentId(), hit.getMeldingId()), search, maxPages);
    }

    /**
     * Searches the citizen's invoices.
     *
     * @param search the parameters
     * @return one page of hits, with aggregations by status, year and organisation
     * @throws IllegalArgumentException if a version is one the faktura search does not know
     */
    public FakturaSokeresultat searchFaktura(InnsynSearch search) {
        return searchFaktura(search, new FakturaFilter());
    }

    /**
     * Searches the citizen's invoices, narrowed by a filter.
     *
     * @param search the parameters
     * @param filter organisations, statuses and years to narrow by
     * @return one page of hits
     * @throws IllegalArgumentException if a version is one the faktura search does not know
     */
    public FakturaSokeresultat searchFaktura(InnsynSearch search, FakturaFilter filter) {
        Objects.requireNonNull(filter, "filter");
        var versjoner = typed(search, io.github.fiksclients.innsyn.sokfaktura.v1.model.MeldingVersjon::fromValue,
                io.github.fiksclients.innsyn.sokfaktura.v1.model.MeldingVersjon.UNKNOWN_DEFAULT_OPEN_API, "faktura");
        var sortering = search.sortering()
                .map(order -> io.github.fiksclients.innsyn.sokfaktura.v1.model.Sortering.fromValue(order.name()))
                .orElse(null);
        return faktura.fakturaSok(search.term().orElse(null), fra(search), antall(search),
                sortering, versjoner, search.onBehalfOf().orElse(null), filter).execute();
    }

    /**
     * Searches the citizen's submitted forms and drafts.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @return one page of each: submitted forms and drafts
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the skjema search does not know
     */
    public SkjemaSokeresultat searchSkjema(InnsynSearch search) {
        return searchSkjema(search, new io.github.fiksclients.innsyn.sokskjema.v1.model.Filter());
    }

    /**
     * Searches the citizen's submitted forms and drafts, narrowed by a filter.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @param filter dates and organisations to narrow by
     * @return one page of each: submitted forms and drafts
     * @throws IllegalArgumentException if {@code sortering} is set, or a version the skjema search does not know
     */
    public SkjemaSokeresultat searchSkjema(InnsynSearch search,
            io.github.fiksclients.innsyn.sokskjema.v1.model.Filter filter) {
        Objects.requireNonNull(filter, "filter");
        refuse(search.sortering().isPresent(), "skjema", "sortering");
        var versjoner = typed(search, io.github.fiksclients.innsyn.sokskjema.v1.model.MeldingVersjon::fromValue,
                io.github.fiksclients.innsyn.sokskjema.v1.model.MeldingVersjon.UNKNOWN_DEFAULT_OPEN_API, "skjema");
        return skjema.sok(search.term().orElse(null), fra(search), antall(search), versjoner,
                search.onBehalfOf().orElse(null), filter).execute();
    }

    /**
     * Searches the cadastral units (eiendommer) the citizen owns.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @return one page of hits
     * @throws IllegalArgumentException if {@code sortering} is set
     */
    public EiendomSokeresultat searchEiendom(InnsynSearch search) {
        return searchEiendom(search, new EiendomFilter());
    }

    /**
     * Searches the cadastral units (eiendommer) the citizen owns, narrowed to some municipalities.
     *
     * @param search the parameters; {@code sortering} is not supported here
     * @param filter the municipalities to narrow by
     * @return one page of hits
     * @throws IllegalArgumentException if {@code sortering} is set
     */
    public EiendomSokeresultat searchEiendom(InnsynSearch search, EiendomFilter filter) {
        Objects.requireNonNull(filter, "filter");
        refuse(search.sortering().isPresent(), "eiendom", "sortering");
        return eiendom.eiendomSok(search.term().orElse(null), fra(search), antall(search),
                names(search.akseptertMeldingVersjon()), search.onBehalfOf().orElse(null), filter).execute();
    }

    /**
     * Searches every category at once (building cases, properties, municipal services, mail, forms and drafts), a
     * few hits of each.
     *
     * @param search the parameters; {@code fra} and {@code sortering} are not supported here, and {@code antall}
     *     counts per category
     * @return the hits of each category
     * @throws IllegalArgumentException if {@code fra} or {@code sortering} is set
     */
    public MultiSokeresultat searchMulti(InnsynSearch search) {
        return multiSearch(search, null);
    }

    /**
     * Searches every category at once, with the municipal services split by the citizen's municipality.
     *
     * @param search the parameters; {@code fra} and {@code sortering} are not supported here
     * @param kommune the Fiks organisation id of the municipality the citizen lives in
     * @return the hits of each category
     * @throws IllegalArgumentException if {@code fra} or {@code sortering} is set
     */
    public MultiSokeresultat searchMulti(InnsynSearch search, UUID kommune) {
        return multiSearch(search, Objects.requireNonNull(kommune, "kommune"));
    }

    /**
     * Looks up one message by its document id.
     *
     * @param dokumentId the document id, {@code <fiksOrgId>_<integrasjonId>_<meldingId>}; not blank
     * @param type the message's type
     * @param akseptertMeldingVersjon the versions the caller can show; none to let Innsyn choose
     * @return the hit, or why there is none ({@code lookupErrorCode})
     * @throws IllegalArgumentException if {@code dokumentId} is blank
     */
    public OppslagResultat lookupDokument(String dokumentId, DokumentType type,
            MeldingVersjon... akseptertMeldingVersjon) {
        Objects.requireNonNull(type, "type");
        return oppslag.lookupDokument(notBlank(dokumentId, "dokumentId"), type.value(),
                names(List.of(akseptertMeldingVersjon))).execute();
    }

    /**
     * Looks up every message correlated with an id.
     *
     * @param korrelasjonId the correlation id; not blank
     * @param akseptertMeldingVersjon the versions the caller can show; none to let Innsyn choose
     * @return the messages, and how many more need a higher login level
     * @throws IllegalArgumentException if {@code korrelasjonId} is blank
     */
    public KorrelasjonOppslag lookupKorrelasjon(String korrelasjonId, MeldingVersjon... akseptertMeldingVersjon) {
        return oppslag.lookupKorrelasjon(notBlank(korrelasjonId, "korrelasjonId"),
                names(List.of(akseptertMeldingVersjon))).execute();
    }

    /**
     * Looks up a parent message with its children.
     *
     * @param forelderId the parent's document id; not blank
     * @param forelderType the parent's type
     * @param akseptertMeldingVersjon the versions the caller can show; none to let Innsyn choose
     * @return the parent (or why there is none) and its children
     * @throws IllegalArgumentException if {@code forelderId} is blank
     */
    public ForelderOppslagResultat lookupForelder(String forelderId, DokumentType forelderType,
            MeldingVersjon... akseptertMeldingVersjon) {
        Objects.requireNonNull(forelderType, "forelderType");
        return oppslag.lookupForelder(notBlank(forelderId, "forelderId"), forelderType.value(),
                names(List.of(akseptertMeldingVersjon))).execute();
    }

    @Override
    public String toString() {
        return "InnsynPersonClient{" + fiks + "}";
    }

    private Sokeresultat legacyPage(InnsynSearch search, Filter filter, Integer fra, Integer antall) {
        return legacy.sok(search.term().orElse(null), fra, antall,
                search.sortering().map(Sortering::name).orElse(null), names(search.akseptertMeldingVersjon()),
                filter).execute();
    }

    private PostSokeresultat postPage(InnsynSearch search, PostFilter filter,
            Set<io.github.fiksclients.innsyn.sokpost.v1.model.MeldingVersjon> versjoner, Integer fra, Integer antall) {
        return post.postSok(search.term().orElse(null), fra, antall, versjoner,
                search.onBehalfOf().orElse(null), filter).execute();
    }

    private MultiSokeresultat multiSearch(InnsynSearch search, UUID kommune) {
        refuse(search.fra().isPresent(), "multi", "fra");
        refuse(search.sortering().isPresent(), "multi", "sortering");
        return multi.sok(search.term().orElse(null), antall(search),
                names(search.akseptertMeldingVersjon()), search.onBehalfOf().orElse(null), kommune).execute();
    }

    private static void checkLegacy(InnsynSearch search, Filter filter) {
        Objects.requireNonNull(filter, "filter");
        refuse(search.onBehalfOf().isPresent(), "general", "onBehalfOf");
    }

    private static Set<io.github.fiksclients.innsyn.sokpost.v1.model.MeldingVersjon> postVersjoner(
            InnsynSearch search, PostFilter filter) {
        Objects.requireNonNull(filter, "filter");
        refuse(search.sortering().isPresent(), "post", "sortering");
        return typed(search, io.github.fiksclients.innsyn.sokpost.v1.model.MeldingVersjon::fromValue,
                io.github.fiksclients.innsyn.sokpost.v1.model.MeldingVersjon.UNKNOWN_DEFAULT_OPEN_API, "post");
    }

    private static void refuse(boolean set, String search, String parameter) {
        if (set) {
            throw new IllegalArgumentException("The " + search + " search has no " + parameter + " parameter");
        }
    }

    private static Integer fra(InnsynSearch search) {
        return search.fra().isPresent() ? search.fra().getAsInt() : null;
    }

    private static Integer antall(InnsynSearch search) {
        return search.antall().isPresent() ? search.antall().getAsInt() : null;
    }

    private static Set<String> names(Collection<MeldingVersjon> versjoner) {
        Objects.requireNonNull(versjoner, "akseptertMeldingVersjon");
        if (versjoner.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        versjoner.forEach(versjon -> names.add(versjon.value()));
        return names;
    }

    private static <E> Set<E> typed(InnsynSearch search, Function<String, E> fromValue, E unknown, String name) {
        if (search.akseptertMeldingVersjon().isEmpty()) {
            return null;
        }
        Set<E> typed = new LinkedHashSet<>();
        for (MeldingVersjon versjon : search.akseptertMeldingVersjon()) {
            E value = fromValue.apply(versjon.value());
            if (value == unknown) {
                throw new IllegalArgumentException("The " + name + " search does not know the versjon " + versjon);
            }
            typed.add(value);
        }
        return typed;
    }

    /** A hit's identity for paging: its dokumentId, else its meldingId, else none. */
    private static Object identity(String dokumentId, UUID meldingId) {
        return dokumentId != null ? dokumentId : meldingId;
    }

    private static String notBlank(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
