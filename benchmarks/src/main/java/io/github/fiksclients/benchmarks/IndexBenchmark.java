package io.github.fiksclients.benchmarks;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import io.github.fiksclients.auth.Secret;
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
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Bulk indexing in Innsyn: many messages in PUTs of up to 5,000 to a loopback server that reads each body and answers
 * a fixed {@code MeldingIndexResponseV2}. The baseline builds the generated request models by hand (metadata as
 * Base64 JSON), serializes them with the generated Gson and PUTs with raw OkHttp; fiks-clients is
 * {@link InnsynClient#index(java.util.stream.Stream)}. Both start from the same records and alternate run by run.
 */
final class IndexBenchmark {

    private static final String PATH = "/innsyn-index/api/v2/indexRequest";
    private static final String INTEGRASJON_ID = "bench-integrasjon";
    private static final String INTEGRASJON_PASSORD = "bench-passord";
    private static final String ACCESS_TOKEN = "bench-maskinporten-token";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final byte[] RESPONSE =
            "{\"opprettet\":0,\"oppdatert\":0,\"manglerSamtykke\":0,\"meldingerUtenSamtykke\":[]}"
                    .getBytes(StandardCharsets.UTF_8);

    private IndexBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param settings how many messages, per request, and how many rounds
     * @return the rows: total time and the bytes a run allocates
     * @throws Exception if a run fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        int meldinger = settings.meldinger();
        int batchSize = settings.batchSize();
        OkHttpClient okHttp = new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).build();
        try (LoopbackServer server = LoopbackServer.start(PATH, IndexBenchmark::answer);
                InnsynClient innsyn = InnsynClient.builder().baseUrl(server.url("/"))
                        .integrasjon(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD))
                        .accessTokenProvider(() -> ACCESS_TOKEN)
                        .batchSize(batchSize)
                        .build()) {
            String url = server.url(PATH);
            List<List<Run>> runs = Alternating.measure(List.of(
                    () -> handWritten(okHttp, url, meldinger, batchSize),
                    () -> requireIndexed(innsyn.index(IntStream.range(0, meldinger)
                            .mapToObj(IndexBenchmark::melding)), meldinger)),
                    settings.indexWarmups(), settings.indexRounds());
            int requests = (meldinger + batchSize - 1) / batchSize;
            String what = String.format(Locale.ROOT, "Innsyn index %,d meldinger in %d PUTs (median of %d), ",
                    meldinger, requests, settings.indexRounds());
            return List.of(
                    ResultRow.compared(what + "wall time", Stats.of(runs.get(0), Run::nanos).median(),
                            Stats.of(runs.get(1), Run::nanos).median(), Unit.DURATION, Target.atMost(1.20)),
                    ResultRow.compared(what + "allocated", Stats.of(runs.get(0), Run::allocatedBytes).median(),
                            Stats.of(runs.get(1), Run::allocatedBytes).median(), Unit.BYTES, Target.none()));
        } finally {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
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
                    .header("Authorization", "Bearer " + ACCESS_TOKEN)
                    .header("IntegrasjonId", INTEGRASJON_ID)
                    .header("IntegrasjonPassord", INTEGRASJON_PASSORD)
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

    private static void requireIndexed(IndexSummary summary, int meldinger) {
        if (summary.stoppedEarly() || summary.meldingerIndexed() != meldinger) {
            throw new IllegalStateException("indexing stopped early: " + summary);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        LoopbackServer.drain(exchange);
        boolean authenticated = ("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && INTEGRASJON_ID.equals(exchange.getRequestHeaders().getFirst("IntegrasjonId"))
                && INTEGRASJON_PASSORD.equals(exchange.getRequestHeaders().getFirst("IntegrasjonPassord"));
        LoopbackServer.respond(exchange, authenticated ? 200 : 401, "application/json",
                authenticated ? RESPONSE : new byte[0]);
    }
}
