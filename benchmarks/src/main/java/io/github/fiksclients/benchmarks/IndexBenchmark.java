package io.github.fiksclients.benchmarks;

import com.google.gson.Gson;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.HttpLogLevel;
import io.github.fiksclients.innsyn.EksponertFor;
import io.github.fiksclients.innsyn.IndexSummary;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynMelding;
import io.github.fiksclients.innsyn.MeldingVersjon;
import io.github.fiksclients.innsyn.index.v2.model.IndexMeldingV2;
import io.github.fiksclients.innsyn.index.v2.model.IndexRequestV2;
import io.github.fiksclients.innsyn.index.v2.model.MeldingIndexResponseV2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Bulk indexing in Innsyn: many messages in PUTs of up to 5,000 to a loopback server that reads each body. The
 * baseline builds the generated request models by hand from the same records (metadata JSON, Base64, batch JSON with
 * the generated Gson) and PUTs with raw OkHttp; fiks-clients is {@link InnsynClient#index(java.util.stream.Stream)}.
 * Each is run with TCP_NODELAY on and off, the four alternating run by run, and every run must send exactly the
 * expected number of requests. A separate JVM with a heap too small for all the request bodies shows that the facade
 * holds one batch at a time.
 */
final class IndexBenchmark {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private IndexBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param settings how many messages, per request, and how many rounds
     * @return the rows: wall time with TCP_NODELAY on and off, the bytes a run allocates, the small heap
     * @throws Exception if a run fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        int meldinger = settings.meldinger();
        int batchSize = settings.batchSize();
        int requests = (meldinger + batchSize - 1) / batchSize;
        OkHttpClient noDelay = new OkHttpClient.Builder().socketFactory(LoopbackSockets.noDelay()).build();
        OkHttpClient delayedAcks = new OkHttpClient.Builder().socketFactory(LoopbackSockets.delayedAcks()).build();
        try (InnsynIndexServer server = InnsynIndexServer.start();
                InnsynClient innsyn = client(server, batchSize, null);
                InnsynClient innsynDelayedAcks = client(server, batchSize, delayedAcks)) {
            String url = server.url(InnsynIndexServer.PATH);
            List<List<Run>> runs = Alternating.measure(List.of(
                    counted(server, requests, () -> handWritten(noDelay, url, meldinger, batchSize)),
                    counted(server, requests, () -> viaFacade(innsyn, meldinger)),
                    counted(server, requests, () -> handWritten(delayedAcks, url, meldinger, batchSize)),
                    counted(server, requests, () -> viaFacade(innsynDelayedAcks, meldinger))),
                    settings.indexWarmups(), settings.indexRounds());
            String what = String.format(Locale.ROOT, "Innsyn index %,d meldinger, exactly %d PUTs per run (median of "
                    + "%d), ", meldinger, requests, settings.indexRounds());
            double rawOn = Stats.of(runs.get(0), Run::nanos).median();
            double fiksOn = Stats.of(runs.get(1), Run::nanos).median();
            double rawOff = Stats.of(runs.get(2), Run::nanos).median();
            double fiksOff = Stats.of(runs.get(3), Run::nanos).median();
            return List.of(
                    ResultRow.compared(what + "TCP_NODELAY on (fiks default) vs raw OkHttp + Gson, wall time", rawOn,
                            fiksOn, Unit.DURATION, Target.atMost(1.10)),
                    ResultRow.compared(what + "TCP_NODELAY off for both, wall time", rawOff, fiksOff, Unit.DURATION,
                            Target.none()),
                    ResultRow.compared(what + "fiks with TCP_NODELAY on vs off, wall time", fiksOff, fiksOn,
                            Unit.DURATION, Target.none()),
                    ResultRow.compared(what + "allocated by the thread", Stats.of(runs.get(0), Run::allocatedBytes)
                            .median(), Stats.of(runs.get(1), Run::allocatedBytes).median(), Unit.BYTES,
                            Target.none()),
                    smallHeap(meldinger, batchSize));
        } finally {
            for (OkHttpClient okHttp : List.of(noDelay, delayedAcks)) {
                okHttp.dispatcher().executorService().shutdown();
                okHttp.connectionPool().evictAll();
            }
        }
    }

    private static ResultRow smallHeap(int meldinger, int batchSize) throws IOException, InterruptedException {
        IndexInSmallHeap.Result result = IndexInSmallHeap.run(meldinger, batchSize);
        return ResultRow.outcome(String.format(Locale.ROOT, "Innsyn index %,d meldinger through the facade, once in "
                        + "a fresh JVM with -Xmx%dm", meldinger, IndexInSmallHeap.HEAP_MIB),
                "request bodies in all: " + Unit.BYTES.format(result.bodyBytes()),
                "completes, " + result.requests() + " PUTs", "memory bounded by one batch",
                result.requests() == (meldinger + batchSize - 1) / batchSize);
    }

    /**
     * Makes an index client for the server.
     *
     * @param okHttpClient the base OkHttp client, or null for the runtime's own
     */
    static InnsynClient client(InnsynIndexServer server, int batchSize, OkHttpClient okHttpClient) {
        InnsynClient.Builder builder = InnsynClient.builder().baseUrl(server.url("/"))
                .integrasjon(InnsynIndexServer.INTEGRASJON_ID, Secret.of(InnsynIndexServer.INTEGRASJON_PASSORD))
                .accessTokenProvider(() -> InnsynIndexServer.ACCESS_TOKEN)
                .logLevel(HttpLogLevel.NONE)
                .batchSize(batchSize);
        if (okHttpClient != null) {
            builder.okHttpClient(okHttpClient);
        }
        return builder.build();
    }

    /**
     * Indexes messages 0 to {@code meldinger - 1} through the facade.
     *
     * @throws IllegalStateException if the run stopped early
     */
    static void viaFacade(InnsynClient innsyn, int meldinger) {
        IndexSummary summary = innsyn.index(IntStream.range(0, meldinger).mapToObj(IndexBenchmark::melding));
        if (summary.stoppedEarly() || summary.meldingerIndexed() != meldinger) {
            throw new IllegalStateException("indexing stopped early: " + summary);
        }
    }

    /** Wraps a run so that it fails unless exactly the expected number of requests reached the server. */
    private static Trial counted(InnsynIndexServer server, int expectedRequests, Trial run) {
        return () -> {
            int before = server.requests();
            run.run();
            int sent = server.requests() - before;
            if (sent != expectedRequests) {
                throw new IllegalStateException("a run sent " + sent + " requests, not " + expectedRequests);
            }
        };
    }

    /** The baseline: what a hand-written integration does to index its records. */
    private static void handWritten(OkHttpClient okHttp, String url, int meldinger, int batchSize)
            throws IOException {
        Gson requestGson = io.github.fiksclients.innsyn.index.v2.JSON.gson();
        Gson metadataGson = io.github.fiksclients.innsyn.index.v1.JSON.gson();
        for (int from = 0; from < meldinger; from += batchSize) {
            List<IndexMeldingV2> batch = new ArrayList<>(batchSize);
            for (int number = from; number < Math.min(meldinger, from + batchSize); number++) {
                SampleMeldinger.Source source = SampleMeldinger.source(number);
                String metadata = metadataGson.toJson(source.metadata());
                batch.add(new IndexMeldingV2()
                        .meldingId(source.meldingId())
                        .fiksOrganisasjonId(SampleMeldinger.FIKS_ORGANISASJON_ID)
                        .sikkerhetsniva(4)
                        .eksponertFor(new io.github.fiksclients.innsyn.index.v2.model.EksponertFor()
                                .identifikatorType(io.github.fiksclients.innsyn.index.v2.model.EksponertFor
                                        .IdentifikatorTypeEnum.FODSELSNUMMER)
                                .verdi(source.fodselsnummer()))
                        .versjon("forsendelseV2")
                        .eksternRef(source.eksternRef())
                        .meldingMetadata(Base64.getEncoder()
                                .encodeToString(metadata.getBytes(StandardCharsets.UTF_8))));
            }
            String json = requestGson.toJson(new IndexRequestV2().meldinger(batch));
            Request request = new Request.Builder().url(url)
                    .header("Authorization", "Bearer " + InnsynIndexServer.ACCESS_TOKEN)
                    .header("IntegrasjonId", InnsynIndexServer.INTEGRASJON_ID)
                    .header("IntegrasjonPassord", InnsynIndexServer.INTEGRASJON_PASSORD)
                    .put(RequestBody.create(json, JSON_TYPE))
                    .build();
            try (Response response = okHttp.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("Innsyn answered " + response.code());
                }
                requestGson.fromJson(response.body().charStream(), MeldingIndexResponseV2.class);
            }
        }
    }

    private static InnsynMelding melding(int number) {
        SampleMeldinger.Source source = SampleMeldinger.source(number);
        return InnsynMelding.builder()
                .meldingId(source.meldingId())
                .fiksOrganisasjonId(SampleMeldinger.FIKS_ORGANISASJON_ID)
                .sikkerhetsniva(4)
                .eksponertFor(EksponertFor.fodselsnummer(source.fodselsnummer()))
                .versjon(MeldingVersjon.FORSENDELSE_V2)
                .eksternRef(source.eksternRef())
                .metadata(source.metadata())
                .build();
    }
}
