package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.secretscan.TestLog;
import io.github.fiksclients.innsyn.oppslag.v1.model.KorrelasjonOppslag;
import io.github.fiksclients.innsyn.oppslag.v1.model.MeldingV1OppslagMetadata;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagMetadata;
import io.github.fiksclients.innsyn.oppslag.v1.model.OppslagResultat;
import io.github.fiksclients.innsyn.soklegacy.v1.model.FakturaV1;
import io.github.fiksclients.innsyn.soklegacy.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.soklegacy.v1.model.LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import io.github.fiksclients.innsyn.soklegacy.v1.model.Sokeresultat;
import io.github.fiksclients.innsyn.sokmulti.v1.model.MultiSokeresultat;
import io.github.fiksclients.innsyn.sokpost.v1.model.MeldingV1PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokHit;
import io.github.fiksclients.innsyn.sokpost.v1.model.PostSokeresultat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Search and lookup for one citizen through {@link InnsynPersonClient}. */
class InnsynPersonClientTest {

    private static final String KARI = "person-token-kari";
    private static final UUID KOMMUNE = UUID.fromString("a7f3c1d9-58e2-4b06-9d4a-0c6e2f8b7135");
    private static final String DOKUMENT_ID = KOMMUNE + "_" + InnsynServer.INTEGRASJON_ID + "_" + TestMeldinger.id(1);
    private static final String[] KINDS = {"forsendelseV2", "fakturaV1", "oppgaveV9"};

    @RegisterExtension
    final InnsynServer server = new InnsynServer();

    private InnsynPersonClient kari;

    @BeforeEach
    void scopeToKari() {
        kari = server.client().forPerson(PersonToken.of(KARI));
    }

    @Test
    void clientsPrintTheirIntegrationButNoSecret() {
        InnsynClient integration = server.client();

        assertThat(List.of(integration.toString(), kari.toString())).allSatisfy(printed -> assertThat(printed)
                .doesNotContain(KARI, InnsynServer.INTEGRASJON_PASSORD, InnsynServer.ACCESS_TOKEN));
        assertThat(integration.toString()).contains(InnsynServer.INTEGRASJON_ID);
    }

    static Stream<Arguments> everySearchAndLookup() {
        InnsynSearch search = InnsynSearch.of("skatt");
        return Stream.of(
                operation("search", client -> client.search(search), "POST /innsyn-sok/api/v1/sok"),
                operation("allHits", client -> client.allHits(search).toList(), "POST /innsyn-sok/api/v1/sok"),
                operation("searchPost", client -> client.searchPost(search), "POST /innsyn-sok/api/v1/post/sok"),
                operation("allPostHits", client -> client.allPostHits(search).toList(),
                        "POST /innsyn-sok/api/v1/post/sok"),
                operation("searchFaktura", client -> client.searchFaktura(search),
                        "POST /innsyn-sok/api/v1/faktura/sok"),
                operation("searchSkjema", client -> client.searchSkjema(search), "POST /innsyn-sok/api/v1/skjema/sok"),
                operation("searchEiendom", client -> client.searchEiendom(search),
                        "POST /innsyn-sok/api/v1/eiendom/sok"),
                operation("searchMulti", client -> client.searchMulti(search, KOMMUNE),
                        "POST /innsyn-sok/api/v1/multi/sok"),
                operation("lookupDokument", client -> client.lookupDokument(DOKUMENT_ID, DokumentType.FAKTURA),
                        "GET /innsyn-sok/api/v1/oppslag/dokument"),
                operation("lookupKorrelasjon", client -> client.lookupKorrelasjon("k-1"),
                        "GET /innsyn-sok/api/v1/oppslag/korrelasjon"),
                operation("lookupForelder", client -> client.lookupForelder(DOKUMENT_ID, DokumentType.BYGGESAK),
                        "GET /innsyn-sok/api/v1/oppslag/forelder"));
    }

    private static Arguments operation(String name, Consumer<InnsynPersonClient> operation, String methodAndPath) {
        return Arguments.of(Named.of(name, operation), methodAndPath);
    }

    @ParameterizedTest
    @MethodSource("everySearchAndLookup")
    void everySearchAndLookupCarriesTheCitizensTokenAndTheIntegration(Consumer<InnsynPersonClient> operation,
            String methodAndPath) throws Exception {
        server.respondWith("{}");

        operation.accept(kari);

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo(methodAndPath);
        InnsynServer.assertPersonMode(request, KARI);
    }

    @Test
    void generalSearchSendsTheTypedParametersByTheirWireNames() throws Exception {
        server.respondWith("{}");

        kari.search(InnsynSearch.builder()
                .term("byggesak")
                .fra(20)
                .antall(10)
                .sortering(Sortering.DATO_DESC)
                .akseptertMeldingVersjon(MeldingVersjon.FORSENDELSE_V2, MeldingVersjon.SAKSMAPPE_V1)
                .build());

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.query(request)).isEqualTo(Map.of(
                "term", List.of("byggesak"),
                "fra", List.of("20"),
                "antall", List.of("10"),
                "sortering", List.of("DATO_DESC"),
                "akseptertMeldingVersjon", List.of("forsendelseV2", "saksmappeV1")));
        assertThat(RecordedRequests.jsonBody(request).getAsJsonObject().keySet()).isEmpty();
    }

    @Test
    void fakturaSearchSendsItsEnumsAndTheOrganisationSearchedFor() throws Exception {
        server.respondWith("{}");

        kari.searchFaktura(InnsynSearch.builder()
                .sortering(Sortering.DATO_ASC)
                .akseptertMeldingVersjon(MeldingVersjon.FAKTURA_V1)
                .onBehalfOf("987654321")
                .build());

        assertThat(RecordedRequests.query(server.takeRequest())).isEqualTo(Map.of(
                "sortering", List.of("DATO_ASC"),
                "akseptertMeldingVersjon", List.of("fakturaV1"),
                "onBehalfOf", List.of("987654321")));
    }

    @Test
    void postSearchRefusesAVersjonItDoesNotKnowWithoutSending() {
        InnsynSearch search = InnsynSearch.builder().akseptertMeldingVersjon(MeldingVersjon.SAKSMAPPE_V1).build();

        assertThatThrownBy(() -> kari.searchPost(search))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The post search does not know the versjon saksmappeV1");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void searchesRefuseParametersTheyDoNotHaveWithoutSending() {
        assertThatThrownBy(() -> kari.searchMulti(InnsynSearch.builder().fra(10).build()))
                .hasMessage("The multi search has no fra parameter");
        assertThatThrownBy(() -> kari.allHits(InnsynSearch.builder().onBehalfOf("987654321").build()))
                .hasMessage("The general search has no onBehalfOf parameter");
        assertThatThrownBy(() -> kari.searchEiendom(InnsynSearch.builder().sortering(Sortering.RELEVANS).build()))
                .hasMessage("The eiendom search has no sortering parameter");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void lookupsSendTheirTypesAndVersjonerByTheirWireNames() throws Exception {
        server.respondWith("{}");
        server.respondWith("{}");

        kari.lookupDokument(DOKUMENT_ID, DokumentType.FORSENDELSE, MeldingVersjon.FORSENDELSE_V1);
        kari.lookupForelder("forelder-1", DokumentType.SAKSMAPPE);

        assertThat(RecordedRequests.query(server.takeRequest())).isEqualTo(Map.of(
                "dokumentId", List.of(DOKUMENT_ID),
                "type", List.of("forsendelse"),
                "akseptertMeldingVersjon", List.of("forsendelseV1")));
        assertThat(RecordedRequests.query(server.takeRequest())).isEqualTo(Map.of(
                "forelderId", List.of("forelder-1"),
                "forelderType", List.of("saksmappe")));
    }

    @Test
    void lookupsRefuseABlankIdWithoutSending() {
        assertThatThrownBy(() -> kari.lookupDokument(" ", DokumentType.FAKTURA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dokumentId must not be blank");
        assertThatThrownBy(() -> kari.lookupKorrelasjon(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("korrelasjonId must not be blank");
        assertThatThrownBy(() -> kari.lookupForelder(null, DokumentType.FAKTURA))
                .isInstanceOf(NullPointerException.class).hasMessage("forelderId");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void generalSearchDecodesEachKindOfHitIntoItsSubclass() {
        server.respondWith(Fixtures.resource("soklegacy/each-kind-of-hit.json"));

        Sokeresultat everyKind = kari.search(InnsynSearch.of("søknad"));

        assertThat(everyKind.getTreff()).extracting(hit -> hit.getMeldingMetadata().getClass().getSimpleName())
                .containsExactly("ByggesakV1", "FakturaV1", "ForsendelseV1", "ForsendelseV2", "InnsendtskjemaV1",
                        "JournalpostV1", "KommunaltjenesteV1", "MatrikkelenhetV1", "SaksmappeV1", "SkjemakladdV1");
    }

    @Test
    void generalSearchKeepsTheVersjonAndJsonOfAKindItDoesNotKnowAndDecodesTheRestOfThePage() {
        server.respondWith(legacyPage(3, 0, 3));

        Sokeresultat withUnknown = kari.search(InnsynSearch.of("søknad"));

        assertThat(withUnknown.getTreff()).extracting(MeldingV1LegacySokHit::getMeldingMetadata)
                .satisfiesExactly(
                        hit -> assertThat(hit).isInstanceOf(ForsendelseV2.class),
                        hit -> assertThat(hit).isInstanceOf(FakturaV1.class),
                        hit -> assertUnknown(hit, LegacySokHit.class, "oppgaveV9",
                                "{\"versjon\": \"oppgaveV9\", \"tittel\": \"Treff 2\"}"));
        assertThat(withUnknown.getTreff().get(2).getMeldingId()).isEqualTo(TestMeldinger.id(2));
    }

    @Test
    void postAndMultiSearchDecodeEachKindOfPostHitAndKeepAnUnknownKindsVersjonAndJson() {
        String unknown = "{\"versjon\": \"brevV7\", \"tittel\": \"Nytt\", \"vedlegg\": [{\"navn\": \"a.pdf\"}]}";
        String hits = """
                [{"meldingId": "%s", "meldingMetadata": {"versjon": "forsendelseV1", "tittel": "Brev"}},
                 {"meldingId": "%s", "meldingMetadata": {"versjon": "forsendelseV2", "tittel": "Svar"}},
                 {"meldingId": "%s", "meldingMetadata": %s}]
                """.formatted(TestMeldinger.id(0), TestMeldinger.id(1), TestMeldinger.id(2), unknown);
        server.respondWith("{\"antallTreff\": 3, \"treff\": " + hits + "}");
        server.respondWith("{\"post\": {\"antallTreff\": 3, \"treff\": " + hits + "}}");

        PostSokeresultat post = kari.searchPost(InnsynSearch.of("brev"));
        MultiSokeresultat multi = kari.searchMulti(InnsynSearch.of("brev"));

        assertThat(post.getTreff()).extracting(MeldingV1PostSokHit::getMeldingMetadata).satisfiesExactly(
                hit -> assertThat(hit).isInstanceOf(io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV1.class),
                hit -> assertThat(hit).isInstanceOf(io.github.fiksclients.innsyn.sokpost.v1.model.ForsendelseV2.class),
                hit -> assertUnknown(hit, PostSokHit.class, "brevV7", unknown));
        assertThat(multi.getPost().getTreff()).extracting(hit -> hit.getMeldingMetadata()).satisfiesExactly(
                hit -> assertThat(hit).isInstanceOf(io.github.fiksclients.innsyn.sokmulti.v1.model.ForsendelseV1.class),
                hit -> assertThat(hit).isInstanceOf(io.github.fiksclients.innsyn.sokmulti.v1.model.ForsendelseV2.class),
                hit -> assertUnknown(hit, io.github.fiksclients.innsyn.sokmulti.v1.model.PostSokHit.class, "brevV7",
                        unknown));
    }

    @Test
    void lookupsKeepTheVersjonAndJsonOfAKindTheyDoNotKnow() {
        String unknown = "{\"versjon\": \"byggesakV2\", \"type\": \"byggesak\", \"tittel\": \"Tilbygg\"}";
        server.respondWith("{\"barn\": [{\"meldingId\": \"" + TestMeldinger.id(0) + "\", \"meldingMetadata\": "
                + unknown + "}], \"barnOverInnloggingsniva\": 0}");
        server.respondWith("{\"hit\": {\"meldingId\": \"" + TestMeldinger.id(1) + "\", \"meldingMetadata\": "
                + "{\"tittel\": \"Uten versjon\"}}}");

        KorrelasjonOppslag korrelasjon = kari.lookupKorrelasjon("k-1");
        OppslagResultat dokument = kari.lookupDokument(DOKUMENT_ID, DokumentType.BYGGESAK);

        OppslagMetadata barn = korrelasjon.getBarn().get(0).getMeldingMetadata();
        assertUnknown(barn, OppslagMetadata.class, "byggesakV2", unknown);
        assertThat(barn.getType()).isEqualTo(OppslagMetadata.TypeEnum.BYGGESAK);
        assertUnknown(dokument.getHit().getMeldingMetadata(), OppslagMetadata.class, null,
                "{\"tittel\": \"Uten versjon\"}");
    }

    @Test
    void anUnknownKindIsWrittenBackAsTheJsonItWasReadFrom() {
        server.respondWith(legacyPage(3, 2, 1));

        MeldingV1LegacySokHit hit = kari.search(InnsynSearch.of("søknad")).getTreff().get(0);

        JsonObject written = io.github.fiksclients.innsyn.soklegacy.v1.JSON.gson().toJsonTree(hit).getAsJsonObject();
        assertThat(written.get("meldingMetadata")).isEqualTo(
                JsonParser.parseString("{\"versjon\": \"oppgaveV9\", \"tittel\": \"Treff 2\"}"));
    }

    private static void assertUnknown(Object hit, Class<?> base, String versjon, String json) {
        assertThat(hit).isInstanceOf(base).isInstanceOf(UnknownMeldingMetadata.class);
        UnknownMeldingMetadata unknown = (UnknownMeldingMetadata) hit;
        assertThat(unknown.versjon()).isEqualTo(java.util.Optional.ofNullable(versjon));
        assertThat(JsonParser.parseString(unknown.json())).isEqualTo(JsonParser.parseString(json));
    }

    @Test
    void korrelasjonLookupDecodesEachKindOfHitIntoItsSubclass() {
        server.respondWith(Fixtures.resource("oppslag/korrelasjon-each-kind.json"));

        KorrelasjonOppslag oppslag = kari.lookupKorrelasjon("k-1");

        assertThat(oppslag.getBarn()).extracting(MeldingV1OppslagMetadata::getMeldingMetadata)
                .extracting(hit -> hit.getClass().getSimpleName())
                .containsExactly("ByggesakV1", "FakturaV1", "ForsendelseV1", "ForsendelseV2", "InnsendtskjemaV1",
                        "JournalpostV1", "KommunaltjenesteV1", "MatrikkelenhetV1", "SaksmappeV1", "SkjemakladdV1");
    }

    @Test
    void allHitsPagesWithFraAndAntallUntilAntallTreffIsReached() throws Exception {
        server.answerWith(request -> InnsynServer.json(200, legacyPage(5, fra(request), antall(request))));

        List<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.builder().term("x").antall(2).build()).toList();

        assertThat(hits).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactlyElementsOf(LongStream.range(0, 5).mapToObj(TestMeldinger::id).toList());
        assertThat(hits).extracting(hit -> hit.getMeldingMetadata().getClass().getSimpleName())
                .containsExactly("ForsendelseV2", "FakturaV1", "UnknownLegacySokHit", "ForsendelseV2", "FakturaV1");
        assertThat(server.requestCount()).isEqualTo(3);
        for (String fra : List.of("0", "2", "4")) {
            RecordedRequest request = server.takeRequest();
            assertThat(RecordedRequests.query(request))
                    .containsEntry("fra", List.of(fra))
                    .containsEntry("antall", List.of("2"))
                    .containsEntry("term", List.of("x"));
            InnsynServer.assertPersonMode(request, KARI);
        }
    }

    @Test
    void allHitsStartsAtTheSearchesFraAndStopsAtAnEmptyPage() {
        server.answerWith(request -> InnsynServer.json(200, fra(request) >= 6
                ? "{\"antallTreff\": 100, \"treff\": []}"
                : legacyPage(100, fra(request), antall(request))));

        List<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.builder().fra(2).antall(2).build()).toList();

        assertThat(hits).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactly(TestMeldinger.id(2), TestMeldinger.id(3), TestMeldinger.id(4), TestMeldinger.id(5));
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void allHitsFetchesOnlyThePagesThatAreConsumed() {
        server.answerWith(request -> InnsynServer.json(200, legacyPage(1000, fra(request), antall(request))));

        Stream<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.of("x"));
        assertThat(server.requestCount()).isZero();

        assertThat(hits.limit(60).count()).isEqualTo(60);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void allHitsStopsWhenInnsynAnswersThePageAtTheSameFraAgain() {
        server.answerWith(request -> InnsynServer.json(200,
                "{\"forespurtFra\": 0, " + legacyPage(1000, 0, antall(request)).substring(1)));
        TestLog log = TestLog.start();

        List<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.builder().antall(10).build()).toList();

        assertThat(hits).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactlyElementsOf(LongStream.range(0, 10).mapToObj(TestMeldinger::id).toList());
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(log.text()).contains("Innsyn answered fra 0 when asked for fra 10");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void allHitsStopsWhenEveryHitOfAPageWasSeenBefore() {
        server.answerWith(request -> InnsynServer.json(200, legacyPage(1000, 0, antall(request))));
        TestLog log = TestLog.start();

        List<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.builder().antall(10).build()).toList();

        assertThat(hits).hasSize(10);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(log.text()).contains("every hit of the page at fra 10 was seen before");
    }

    @Test
    void allHitsSkipsHitsRepeatedWhenNewOnesShiftThePagesAndGoesOn() {
        server.answerWith(request -> {
            int fra = fra(request);
            // One new melding arrived at the top after the first page: every later page starts one hit earlier.
            return InnsynServer.json(200, legacyPage(7, fra == 0 ? 0 : fra - 1, antall(request)));
        });

        List<MeldingV1LegacySokHit> hits = kari.allHits(InnsynSearch.builder().antall(3).build()).toList();

        assertThat(hits).extracting(MeldingV1LegacySokHit::getMeldingId)
                .containsExactlyElementsOf(LongStream.range(0, 7).mapToObj(TestMeldinger::id).toList());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void allHitsStopsAtThePageLimit() {
        server.answerWith(request -> {
            int fra = fra(request);
            String page = legacyPage(Long.MAX_VALUE, fra, antall(request));
            return InnsynServer.json(200, page.replace("\"antallTreff\": " + Long.MAX_VALUE + ", ", ""));
        });
        InnsynPersonClient limited = server.client(builder -> builder.maxPages(4)).forPerson(PersonToken.of(KARI));
        TestLog log = TestLog.start();

        List<MeldingV1PostSokHit> hits = limited.allPostHits(InnsynSearch.builder().antall(5).build()).toList();

        assertThat(hits).hasSize(20);
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(log.text()).contains("stopped at the page limit of 4 pages");
    }

    @Test
    void refusesAPageLimitBelowOne() {
        assertThatThrownBy(() -> InnsynClient.builder().maxPages(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPages");
    }

    @Test
    void allPostHitsPagesThroughEveryHit() {
        server.answerWith(request -> InnsynServer.json(200, legacyPage(3, fra(request), antall(request))));

        List<MeldingV1PostSokHit> hits = kari.allPostHits(InnsynSearch.builder().antall(2).build()).toList();

        assertThat(hits).extracting(MeldingV1PostSokHit::getMeldingId)
                .containsExactly(TestMeldinger.id(0), TestMeldinger.id(1), TestMeldinger.id(2));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void searchesWithAClientThatHasNoAccessTokenProvider() throws Exception {
        server.respondWith("{}");
        try (InnsynClient searchOnly = server.bareBuilder()
                .integrasjon(InnsynServer.INTEGRASJON_ID, Secret.of(InnsynServer.INTEGRASJON_PASSORD))
                .build()) {

            searchOnly.forPerson(() -> Secret.of(KARI)).search(InnsynSearch.of("x"));
        }

        InnsynServer.assertPersonMode(server.takeRequest(), KARI);
    }

    /** A page of a search with {@code total} hits whose kinds cycle through {@link #KINDS}. */
    private static String legacyPage(long total, int fra, int antall) {
        String treff = LongStream.range(fra, Math.min(total, (long) fra + antall))
                .mapToObj(i -> "{\"meldingId\": \"" + TestMeldinger.id(i) + "\", \"meldingMetadata\": {\"versjon\": \""
                        + KINDS[(int) (i % KINDS.length)] + "\", \"tittel\": \"Treff " + i + "\"}}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"antallTreff\": " + total + ", \"treff\": " + treff + "}";
    }

    private static int fra(RecordedRequest request) {
        return Integer.parseInt(request.getUrl().queryParameter("fra"));
    }

    private static int antall(RecordedRequest request) {
        return Integer.parseInt(request.getUrl().queryParameter("antall"));
    }
}
