package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.innsyn.index.v1.JSON;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2;
import io.github.fiksclients.innsyn.index.v1.model.ForsendelseV2Dokument;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk indexing through {@link InnsynClient#index}: batches, Base64 metadata, retries, failures and memory. */
class InnsynIndexingTest {

    private static final String ONE_OPPRETTET = "{\"opprettet\": 1, \"oppdatert\": 0, \"manglerSamtykke\": 0}";

    @RegisterExtension
    final InnsynServer server = new InnsynServer();

    @Test
    void indexesWithTheIntegrationsAccessTokenIdAndPassword() throws Exception {
        server.respondWith(ONE_OPPRETTET);

        server.client().index(List.of(TestMeldinger.melding(0)));

        RecordedRequest request = server.takeRequest();
        assertThat(RecordedRequests.methodAndPath(request)).isEqualTo("PUT /innsyn-index/api/v2/indexRequest");
        InnsynServer.assertIntegrasjonMode(request);
    }

    @Test
    void sendsMetadataAsBase64JsonThatDecodesToTheCallersModel() throws Exception {
        server.respondWith(ONE_OPPRETTET);
        ForsendelseV2 forsendelse = new ForsendelseV2()
                .tittel("Vedtak om byggesøknad")
                .avsender("Fjordvik kommune")
                .sendtDato(1_714_550_400_000L)
                .lest(false)
                .addDokumenterItem(new ForsendelseV2Dokument()
                        .tittel("Vedtak").mimeType("application/pdf").nedlastingLenke("https://example.test/v.pdf"));

        server.client().index(List.of(TestMeldinger.builder(0).metadata(forsendelse).build()));

        String decoded = decodedMetadata(onlyMelding(server.takeRequest()));
        assertThat(JSON.gson().fromJson(decoded, ForsendelseV2.class))
                .usingRecursiveComparison().ignoringFields("versjon").isEqualTo(forsendelse);
        assertThat(JsonParser.parseString(decoded).getAsJsonObject().get("versjon").getAsString())
                .isEqualTo("forsendelseV2");
    }

    @Test
    void sendsMetadataGivenAsJsonTextAsThatJson() throws Exception {
        server.respondWith(ONE_OPPRETTET);
        String json = "{\"tittel\": \"Svar på søknad\", \"lest\": true, \"dokumenter\": []}";

        server.client().index(List.of(TestMeldinger.builder(0).versjon(MeldingVersjon.FAKTURA_V1).metadataJson(json)
                .build()));

        assertThat(JsonParser.parseString(decodedMetadata(onlyMelding(server.takeRequest()))))
                .isEqualTo(JsonParser.parseString(json));
    }

    @Test
    void keepsMetadataGivenAsAMap() throws Exception {
        server.respondWith(ONE_OPPRETTET);

        server.client().index(List.of(TestMeldinger.builder(0).versjon(MeldingVersjon.FAKTURA_V1)
                .metadata(Map.of("tittel", "Kart", "antall", 2)).build()));

        assertThat(JsonParser.parseString(decodedMetadata(onlyMelding(server.takeRequest()))))
                .isEqualTo(JsonParser.parseString("{\"tittel\": \"Kart\", \"antall\": 2}"));
    }

    @Test
    void sendsEveryFieldOfTheMelding() throws Exception {
        server.respondWith(ONE_OPPRETTET);

        server.client().index(List.of(TestMeldinger.builder(0)
                .sikkerhetsniva(3)
                .eksponertFor(EksponertFor.matrikkelnummer("4601-12/34/0/0"))
                .versjon("byggesakV1")
                .eksternRef("sakssystem.plansak")
                .tilgjengeligTil(OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))
                .build()));

        JsonObject melding = onlyMelding(server.takeRequest());
        assertThat(melding.get("meldingId").getAsString()).isEqualTo(TestMeldinger.id(0).toString());
        assertThat(melding.get("fiksOrganisasjonId").getAsString()).isEqualTo(TestMeldinger.ORGANISASJON.toString());
        assertThat(melding.get("sikkerhetsniva").getAsInt()).isEqualTo(3);
        assertThat(melding.getAsJsonObject("eksponertFor").get("identifikatorType").getAsString())
                .isEqualTo("MATRIKKELNUMMER");
        assertThat(melding.getAsJsonObject("eksponertFor").get("verdi").getAsString()).isEqualTo("4601-12/34/0/0");
        assertThat(melding.get("versjon").getAsString()).isEqualTo("byggesakV1");
        assertThat(melding.get("eksternRef").getAsString()).isEqualTo("sakssystem.plansak");
        assertThat(melding.get("tilgjengeligTil").getAsString()).isEqualTo("2025-07-01T00:00:00+02:00");
    }

    @Test
    void splits12001MeldingerIntoThreeBatchesOf5000And5000And2001InOrder() {
        FakeIndex index = new FakeIndex();
        server.answerWith(index);

        IndexSummary summary = server.client().index(TestMeldinger.meldinger(12_001));

        List<List<String>> batches = index.batches();
        assertThat(batches).extracting(List::size).containsExactly(5000, 5000, 2001);
        assertThat(batches.stream().flatMap(List::stream))
                .containsExactlyElementsOf(LongStream.range(0, 12_001).mapToObj(i -> TestMeldinger.id(i).toString())
                        .toList());
        assertThat(summary.batchesIndexed()).isEqualTo(3);
        assertThat(summary.meldingerIndexed()).isEqualTo(12_001);
        assertThat(summary.opprettet()).isEqualTo(12_001);
        assertThat(summary.stoppedEarly()).isFalse();
    }

    @Test
    void sendsABatchThatFailedWith503AgainAndCountsItOnce() throws Exception {
        FakeIndex index = new FakeIndex().fail(2, InnsynServer.json(503, "{\"status\": 503}"));
        server.answerWith(index);

        IndexSummary summary = server.client().index(TestMeldinger.meldinger(12_001));

        assertThat(index.batches()).extracting(List::size).containsExactly(5000, 5000, 5000, 2001);
        server.takeRequest();
        RecordedRequest failed = server.takeRequest();
        RecordedRequest retried = server.takeRequest();
        assertThat(retried.getBody()).isEqualTo(failed.getBody());
        assertThat(summary.batchesIndexed()).isEqualTo(3);
        assertThat(summary.meldingerIndexed()).isEqualTo(12_001);
        assertThat(summary.opprettet()).isEqualTo(12_001);
        assertThat(summary.failure()).isEmpty();
    }

    @Test
    void indexesTheOther12000WhenInnsynRefusesEveryBatchHoldingOneMeldingAndNamesIt() {
        String invalid = TestMeldinger.id(7_777).toString();
        FakeIndex index = new FakeIndex().refuse(invalid, ids -> InnsynServer.json(400,
                "{\"status\": 400, \"errorId\": \"e-42\", \"errorCode\": \"INNSYN.UGYLDIG_MELDING\", "
                        + "\"message\": \"Ugyldig melding\"}"));
        server.answerWith(index);

        IndexSummary summary = server.client().index(TestMeldinger.meldinger(12_001));

        assertThat(index.indexed()).hasSize(12_000).doesNotContain(invalid).doesNotHaveDuplicates();
        assertThat(summary.meldingerIndexed()).isEqualTo(12_000);
        assertThat(summary.opprettet()).isEqualTo(12_000);
        assertThat(summary.meldingerDone()).isEqualTo(12_001);
        assertThat(summary.batchesIndexed()).isEqualTo(3);
        assertThat(summary.failure()).isEmpty();
        assertThat(summary.allAccepted()).isFalse();
        RefusedMelding refused = summary.refused().get(0);
        assertThat(summary.refused()).hasSize(1);
        assertThat(refused.meldingId()).hasToString(invalid);
        assertThat(refused.position()).isEqualTo(7_777);
        assertThat(refused.kind()).isEqualTo(RefusedMelding.Kind.REFUSED);
        assertThat(refused.reason()).contains("400", "Ugyldig melding", "e-42");
        assertThat(refused.refusal().orElseThrow().errorCode()).isEqualTo("INNSYN.UGYLDIG_MELDING");
        // Halving 5000 to one: about two requests per level, never the meldinger one by one.
        assertThat(server.requestCount()).isLessThanOrEqualTo(3 + 2 * 13);
    }

    @Test
    void takesOutTheMeldingerInnsynNamesInItsErrorAndSendsTheRestOnce() {
        String first = TestMeldinger.id(3).toString();
        String second = TestMeldinger.id(8).toString();
        String body = """
                {"status": 400, "message": "2 meldinger failed validation",
                 "errorJson": {"feil": [{"meldingId": "%s", "felt": "versjon", "feilmelding": "ukjent versjon"},
                                        {"meldingId": "%s", "felt": "eksponertFor", "feilmelding": "ugyldig"}]}}
                """.formatted(first, second);
        FakeIndex index = new FakeIndex().refuse(first, ids -> InnsynServer.json(400, body))
                .refuse(second, ids -> InnsynServer.json(400, body));
        server.answerWith(index);

        IndexSummary summary = server.client().index(TestMeldinger.meldinger(10));

        assertThat(index.batches()).extracting(List::size).containsExactly(10, 8);
        assertThat(summary.meldingerIndexed()).isEqualTo(8);
        assertThat(summary.refused()).extracting(refused -> refused.meldingId().toString())
                .containsExactly(first, second);
        assertThat(summary.refused().get(0).reason()).contains("felt: versjon", "feilmelding: ukjent versjon");
        assertThat(summary.refused().get(1).reason()).contains("felt: eksponertFor");
    }

    @Test
    void refusesWithoutSendingAMeldingWhoseMetadataCannotMatchItsVersjonsModel() {
        FakeIndex index = new FakeIndex();
        server.answerWith(index);
        InnsynMelding incomplete = TestMeldinger.builder(1).metadata(Map.of("tittel", "Vedtak", "sendtDato", "i går",
                "dokumenter", List.of(Map.of("tittel", "vedtak.pdf")))).build();

        IndexSummary summary = server.client().index(List.of(TestMeldinger.melding(0), incomplete,
                TestMeldinger.melding(2)));

        assertThat(index.batches()).containsExactly(List.of(TestMeldinger.id(0).toString(),
                TestMeldinger.id(2).toString()));
        RefusedMelding refused = summary.refused().get(0);
        assertThat(refused.kind()).isEqualTo(RefusedMelding.Kind.INVALID);
        assertThat(refused.meldingId()).isEqualTo(TestMeldinger.id(1));
        assertThat(refused.position()).isEqualTo(1);
        assertThat(refused.refusal()).isEmpty();
        assertThat(refused.reason()).contains("forsendelseV2", "avsender is missing", "lest is missing",
                "sendtDato must be a whole number (int64), was a string", "dokumenter[0].nedlastingLenke is missing",
                "dokumenter[0].mimeType is missing").doesNotContain("i går");
        assertThat(summary.meldingerIndexed()).isEqualTo(2);
        assertThat(summary.meldingerDone()).isEqualTo(3);
    }

    @Test
    void cutsBatchesAtTheByteLimitAsWellAsTheCount() {
        FakeIndex index = new FakeIndex();
        server.answerWith(index);

        IndexSummary summary = server.client(builder -> builder.batchSize(100).maxRequestBytes(8 * 1024))
                .index(TestMeldinger.meldinger(250));

        assertThat(index.largestBody()).isLessThanOrEqualTo(8 * 1024);
        assertThat(index.batches().size()).isGreaterThan(3);
        assertThat(index.batches().stream().flatMap(List::stream))
                .containsExactlyElementsOf(LongStream.range(0, 250).mapToObj(i -> TestMeldinger.id(i).toString())
                        .toList());
        assertThat(summary.batchesIndexed()).isEqualTo(index.batches().size());
        assertThat(summary.meldingerIndexed()).isEqualTo(250);
    }

    @Test
    void fillsRequestsUpToTheByteLimitExactly() throws Exception {
        server.answerWith(new FakeIndex());
        int oneMelding = oneMeldingBytes();
        long limit = BatchIndexer.ENVELOPE_BYTES + 3L * oneMelding + 2;

        server.client(builder -> builder.maxRequestBytes(limit)).index(TestMeldinger.meldinger(7));

        assertThat(server.takeRequest().getBody().size()).isEqualTo(limit);
        assertThat(server.takeRequest().getBody().size()).isEqualTo(limit);
        assertThat(server.takeRequest().getBody().size()).isEqualTo(BatchIndexer.ENVELOPE_BYTES + oneMelding);
    }

    @Test
    void sendsAMeldingLargerThanTheByteLimitAloneAndRefusesItWhenInnsynAnswers413() {
        FakeIndex index = new FakeIndex().maxBodyBytes(4 * 1024);
        server.answerWith(index);
        InnsynMelding large = TestMeldinger.builder(2).metadata(TestMeldinger.forsendelse("x".repeat(6000))).build();

        IndexSummary summary = server.client(builder -> builder.maxRequestBytes(2 * 1024))
                .index(List.of(TestMeldinger.melding(0), TestMeldinger.melding(1), large, TestMeldinger.melding(3)));

        assertThat(index.indexed()).containsExactly(TestMeldinger.id(0).toString(), TestMeldinger.id(1).toString(),
                TestMeldinger.id(3).toString());
        assertThat(summary.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.meldingId()).isEqualTo(TestMeldinger.id(2));
            assertThat(refused.reason()).contains("413");
        });
    }

    @Test
    void splitsABatchInnsynRefusesAs413UntilThePartsFit() {
        FakeIndex index = new FakeIndex().maxBodyBytes(20 * 1024);
        server.answerWith(index);

        IndexSummary summary = server.client().index(TestMeldinger.meldinger(200));

        assertThat(index.indexed()).hasSize(200);
        assertThat(summary.refused()).isEmpty();
        assertThat(summary.meldingerIndexed()).isEqualTo(200);
    }

    @Test
    void stopsWhenInnsynRefusesMoreMeldingerOfABatchThanSplittingMayIsolate() {
        FakeIndex index = new FakeIndex();
        for (long i = 0; i < 1000; i += 2) {
            index.refuse(TestMeldinger.id(i).toString(), ids -> InnsynServer.json(400, "{\"message\": \"Nei\"}"));
        }
        server.answerWith(index);

        IndexSummary summary = server.client(builder -> builder.batchSize(1000)).index(TestMeldinger.meldinger(2000));

        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(IndexFailure.Kind.REJECTED);
        assertThat(failure.batch()).isEqualTo(1);
        assertThat(failure.reason()).contains("Batch 1", "splitting");
        assertThat(summary.refused()).hasSizeGreaterThanOrEqualTo(BatchIndexer.ISOLATED_PER_BATCH);
        assertThat(failure.meldingIds().size() + summary.refused().size() + index.indexed().size()).isEqualTo(1000);
        assertThat(index.batches().stream().flatMap(List::stream)).noneMatch(id -> id.equals(TestMeldinger.id(1000)
                .toString()));
        assertThat(server.requestCount()).isEqualTo(1 + 2 * BatchIndexer.ISOLATED_PER_BATCH * 10);
        assertThat(summary.meldingerDone()).isEqualTo(TestMeldinger.positionOf(failure.meldingIds().get(0)));
    }

    @Test
    void stopsAtA403WithoutSplittingAndNeverSendsTheNextBatch() {
        FakeIndex index = new FakeIndex().fail(2, InnsynServer.json(403,
                "{\"status\": 403, \"errorId\": \"e-42\", \"message\": \"Ikke autorisert\"}"));
        server.answerWith(index);
        CountingIterator input = new CountingIterator(TestMeldinger.meldinger(12_001).iterator());

        IndexSummary summary = server.client().index(() -> input);

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(input.pulled()).isEqualTo(10_000);
        assertThat(summary.batchesIndexed()).isEqualTo(1);
        assertThat(summary.meldingerIndexed()).isEqualTo(5000);
        assertThat(summary.meldingerDone()).isEqualTo(5000);
        assertThat(summary.stoppedEarly()).isTrue();
        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(IndexFailure.Kind.REJECTED);
        assertThat(failure.batch()).isEqualTo(2);
        assertThat(failure.mayBePartlyIndexed()).isFalse();
        assertThat(failure.meldingIds()).hasSize(5000).startsWith(TestMeldinger.id(5000)).endsWith(TestMeldinger.id(9999));
        assertThat(failure.reason()).contains("Batch 2", "5000 to 9999", "403", "Ikke autorisert", "e-42");
    }

    @Test
    void stopsWhenTheServerFailsWhileABatchIsSplitAndListsTheMeldingerNotDone() {
        // Requests: 0-7 (400), 0-3 (400), 0-1 (400), 0, 1 (400: refused), 2-3, then 4-7 fails with a 404.
        FakeIndex index = new FakeIndex().refuse(TestMeldinger.id(1).toString(),
                ids -> InnsynServer.json(400, "{}")).fail(7, InnsynServer.json(404, "{}"));
        server.answerWith(index);

        IndexSummary summary = server.client(builder -> builder.batchSize(8)).index(TestMeldinger.meldinger(16));

        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.batch()).isEqualTo(1);
        assertThat(failure.meldingIds()).containsExactlyElementsOf(LongStream.range(4, 8)
                .mapToObj(TestMeldinger::id).toList());
        assertThat(summary.meldingerDone()).isEqualTo(4);
        assertThat(summary.batchesIndexed()).isZero();
        assertThat(summary.meldingerIndexed()).isEqualTo(3);
        assertThat(summary.refused()).extracting(RefusedMelding::meldingId).containsExactly(TestMeldinger.id(1));
    }

    @Test
    void reportsABatchThatStillFailsWith5xxAfterTheRetriesAsUncertain() {
        server.answerWith(request -> InnsynServer.json(500, "{\"status\": 500}"));
        InnsynClient client = server.client(builder -> builder
                .batchSize(2)
                .retryPolicy(InnsynServer.QUICK_RETRIES.toBuilder().maxAttempts(2).build()));

        IndexSummary summary = client.index(TestMeldinger.meldinger(3));

        assertThat(server.requestCount()).isEqualTo(2);
        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(IndexFailure.Kind.UNCERTAIN);
        assertThat(failure.mayBePartlyIndexed()).isTrue();
        assertThat(failure.meldingIds()).containsExactly(TestMeldinger.id(0), TestMeldinger.id(1));
        assertThat(summary.batchesIndexed()).isZero();
    }

    @Test
    void readsAnEndlessInputAtMostOneBatchAheadOfWhatWasSent() {
        FakeIndex index = new FakeIndex().fail(5, InnsynServer.json(403, "{\"status\": 403}"));
        server.answerWith(index);
        AtomicLong furthestAhead = new AtomicLong();
        AtomicLong pulled = new AtomicLong();
        Stream<InnsynMelding> endless = Stream.iterate(0L, i -> i + 1).map(i -> {
            furthestAhead.accumulateAndGet(pulled.incrementAndGet() - index.received(), Math::max);
            return TestMeldinger.melding(i);
        });

        IndexSummary summary = server.client(builder -> builder.batchSize(100)).index(endless);

        assertThat(furthestAhead.get()).isLessThanOrEqualTo(100);
        assertThat(pulled.get()).isEqualTo(500);
        assertThat(summary.meldingerIndexed()).isEqualTo(400);
        assertThat(summary.failure().orElseThrow().batch()).isEqualTo(5);
    }

    @Test
    void sendsNothingForAnEmptyInput() {
        IndexSummary summary = server.client().index(List.of());

        assertThat(server.requestCount()).isZero();
        assertThat(summary).isEqualTo(new IndexSummary(0, 0, 0, 0, 0, 0, List.of(), List.of(), Optional.empty()));
    }

    @Test
    void refusesANullInTheInputAndIndexesTheRest() {
        FakeIndex index = new FakeIndex();
        server.answerWith(index);
        List<InnsynMelding> input = new ArrayList<>(List.of(TestMeldinger.melding(0), TestMeldinger.melding(1)));
        input.add(null);
        input.add(TestMeldinger.melding(3));

        IndexSummary summary = server.client(builder -> builder.batchSize(2)).index(input);

        assertThat(index.indexed()).containsExactly(TestMeldinger.id(0).toString(), TestMeldinger.id(1).toString(),
                TestMeldinger.id(3).toString());
        assertThat(summary.failure()).isEmpty();
        assertThat(summary.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.meldingId()).isNull();
            assertThat(refused.position()).isEqualTo(2);
            assertThat(refused.reason()).contains("position 2", "null");
        });
    }

    @Test
    void sendsWhatWasReadWhenTheInputThrowsAndStopsThere() {
        FakeIndex index = new FakeIndex();
        server.answerWith(index);
        Stream<InnsynMelding> input = LongStream.range(0, 10).mapToObj(i -> i == 5
                ? TestMeldinger.builder(i).versjon((MeldingVersjon) null).build()
                : TestMeldinger.melding(i));

        IndexSummary summary = server.client(builder -> builder.batchSize(4)).index(input);

        assertThat(index.batches()).extracting(List::size).containsExactly(4, 1);
        assertThat(summary.meldingerIndexed()).isEqualTo(5);
        assertThat(summary.meldingerDone()).isEqualTo(5);
        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(IndexFailure.Kind.INVALID_INPUT);
        assertThat(failure.meldingIds()).isEmpty();
        assertThat(failure.reason()).contains("position 5", TestMeldinger.id(5).toString(), "missing versjon");
        assertThat(failure.cause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsTheRefusalToIndexForAnOrganisationAsTypedDetails() {
        UUID fiksOrgId = UUID.fromString("0b4f6c2e-8d1a-4e37-a5c9-7f2e3d1b0a98");
        server.respondWith(403, """
                {"status": 403, "errorId": "e-403", "errorCode": "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX",
                 "message": "Ikke autorisert", "errorJson": {"integrasjonId": "%s", "fiksOrgId": "%s"}}
                """.formatted(InnsynServer.INTEGRASJON_ID, fiksOrgId));

        IndexSummary summary = server.client().index(List.of(TestMeldinger.melding(0)));

        IndexFailure failure = summary.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(IndexFailure.Kind.REJECTED);
        assertThat(failure.cause()).isInstanceOf(FiksForbiddenException.class);
        assertThat(failure.ikkeAutorisertForIndex())
                .contains(new IkkeAutorisertForIndex(InnsynServer.INTEGRASJON_ID, fiksOrgId));
        assertThat(IkkeAutorisertForIndex.from(failure.cause())).isEqualTo(failure.ikkeAutorisertForIndex());
    }

    @Test
    void findsNoRefusalDetailsInAnother403() {
        server.respondWith(403, "{\"status\": 403, \"errorCode\": \"INNSYN.NOE_ANNET\", \"errorJson\": {}}");

        IndexSummary summary = server.client().index(List.of(TestMeldinger.melding(0)));

        assertThat(summary.failure().orElseThrow().ikkeAutorisertForIndex()).isEmpty();
    }

    @Test
    void sumsTheCountsAndCollectsTheMeldingerWithoutSamtykkeOfEveryBatch() {
        server.respondWith("""
                {"opprettet": 1, "oppdatert": 0, "manglerSamtykke": 1,
                 "meldingerUtenSamtykke": ["%s"]}
                """.formatted(TestMeldinger.id(1)));
        server.respondWith("""
                {"opprettet": 0, "oppdatert": 1, "manglerSamtykke": 1,
                 "meldingerUtenSamtykke": ["%s"]}
                """.formatted(TestMeldinger.id(2)));

        IndexSummary summary = server.client(builder -> builder.batchSize(2)).index(TestMeldinger.meldinger(4));

        assertThat(summary.opprettet()).isEqualTo(1);
        assertThat(summary.oppdatert()).isEqualTo(1);
        assertThat(summary.manglerSamtykke()).isEqualTo(2);
        assertThat(summary.meldingerUtenSamtykke()).containsExactly(TestMeldinger.id(1), TestMeldinger.id(2));
    }

    @Test
    void reportsProgressAfterEachBatch() {
        server.answerWith(new FakeIndex());
        List<IndexProgress> progress = new ArrayList<>();

        server.client(builder -> builder.batchSize(2)).index(TestMeldinger.meldinger(5), progress::add);

        assertThat(progress).containsExactly(
                new IndexProgress(1, 2, 2, 0, 0, 0),
                new IndexProgress(2, 4, 4, 0, 0, 0),
                new IndexProgress(3, 5, 5, 0, 0, 0));
    }

    @Test
    void refusesToIndexWithoutAnAccessTokenProvider() {
        InnsynClient searchOnly = server.bareBuilder()
                .integrasjon(InnsynServer.INTEGRASJON_ID, Secret.of(InnsynServer.INTEGRASJON_PASSORD))
                .build();

        try (searchOnly) {
            assertThatThrownBy(() -> searchOnly.index(List.of(TestMeldinger.melding(0))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("accessTokenProvider");
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesAByteLimitBelowTheMinimum() {
        assertThatThrownBy(() -> InnsynClient.builder().maxRequestBytes(1023))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRequestBytes", "1024");
    }

    @Test
    void refusesABatchSizeAboveInnsynsLimit() {
        assertThatThrownBy(() -> InnsynClient.builder().batchSize(5001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5000");
    }

    @Test
    void retriesNoBatchWhenTheRetryPolicySaysNone() {
        server.answerWith(new FakeIndex().fail(1, InnsynServer.json(503, "{}")));

        IndexSummary summary = server.client(builder -> builder.retryPolicy(RetryPolicy.none()))
                .index(TestMeldinger.meldinger(1));

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(summary.failure().orElseThrow().kind()).isEqualTo(IndexFailure.Kind.UNCERTAIN);
    }

    /** The bytes one test melding takes in a request body (all test meldinger are the same size up to id 9). */
    private int oneMeldingBytes() throws InterruptedException {
        server.client().index(List.of(TestMeldinger.melding(0)));
        return (int) (server.takeRequest().getBody().size() - BatchIndexer.ENVELOPE_BYTES);
    }

    private static JsonObject onlyMelding(RecordedRequest request) {
        return RecordedRequests.jsonBody(request).getAsJsonObject().getAsJsonArray("meldinger").get(0)
                .getAsJsonObject();
    }

    private static String decodedMetadata(JsonObject melding) {
        return new String(Base64.getDecoder().decode(melding.get("meldingMetadata").getAsString()),
                StandardCharsets.UTF_8);
    }

    /** Counts how many messages have been read from an input. */
    private static final class CountingIterator implements Iterator<InnsynMelding> {
        private final Iterator<InnsynMelding> input;
        private long pulled;

        CountingIterator(Iterator<InnsynMelding> input) {
            this.input = input;
        }

        @Override
        public boolean hasNext() {
            return input.hasNext();
        }

        @Override
        public InnsynMelding next() {
            pulled++;
            return input.next();
        }

        long pulled() {
            return pulled;
        }
    }
}
