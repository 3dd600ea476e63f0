package io.github.fiksclients.benchmarks;

import com.google.gson.reflect.TypeToken;
import com.sun.net.httpserver.HttpExchange;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.HttpLogLevel;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Per-call overhead: {@code GET svarinn/v2/forsendelser} against a loopback server that checks Basic auth and returns
 * about 2.7 KB of JSON. The baseline is raw OkHttp plus Gson parsing of the body into the same generated model: the
 * same work. fiks-clients is measured through the generated API on a {@link FiksClient} with its defaults (Basic
 * auth, the Fiks error adapter, retries with the default policy) and logging pinned off ({@link HttpLogLevel#NONE},
 * whatever {@code FIKS_HTTP_LOG_LEVEL} says), and through {@link SvarInnClient#fetchNew()}; raw OkHttp without parsing
 * is a reference. The four alternate call by call.
 *
 * <p>20,000 measured calls per variant by default: a call's time spreads widely (its p90 is about 1.5 times its
 * median), so the median of n calls is known to about 1.25 x 0.35 / sqrt(n) of itself; at 5,000 calls that left the
 * ratio of two medians uncertain by about 2% either way (95%), too coarse for a 5% target, and at 20,000 by about 1%.
 * The row prints the bootstrap interval of the ratio, so each run shows whether it measured enough.
 */
final class PerCallBenchmark {

    private static final String PATH = "/tjenester/svarinn/v2/forsendelser";
    private static final String MOTTAKERSYSTEM = "bench-mottakersystem";
    private static final String PASSORD = "bench-passord";
    private static final Type FORSENDELSER = new TypeToken<List<Forsendelse>>() { }.getType();

    private PerCallBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param settings how many warm-up and measured calls each variant makes
     * @return the rows: median and p90 per variant, and the bytes a call allocates
     * @throws Exception if a call fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        byte[] body = SampleForsendelser.json();
        String authorization = Credentials.basic(MOTTAKERSYSTEM, PASSORD, StandardCharsets.UTF_8);
        OkHttpClient okHttp = new OkHttpClient.Builder().socketFactory(LoopbackSockets.noDelay()).build();
        try (LoopbackServer server = LoopbackServer.start(PATH, exchange -> answer(exchange, authorization, body));
                FiksClient fiks = FiksClient.builder().baseUrl(server.url("/tjenester/"))
                        .authentication(FiksAuthentication.basic(MOTTAKERSYSTEM, Secret.of(PASSORD)))
                        .logLevel(HttpLogLevel.NONE).build();
                SvarInnClient svarInn = SvarInnClient.builder().baseUrl(server.url("/tjenester/"))
                        .mottakersystem(MOTTAKERSYSTEM, Secret.of(PASSORD)).logLevel(HttpLogLevel.NONE).build()) {
            Request request = new Request.Builder().url(server.url(PATH)).build();
            SvarInnApi api = fiks.create(SvarInnApi.class);
            List<List<Run>> runs = Alternating.measure(List.of(
                    () -> requireTwo(JSON.gson().fromJson(rawOkHttp(okHttp, request, authorization), FORSENDELSER)),
                    () -> requireBody(rawOkHttp(okHttp, request, authorization)),
                    () -> requireTwo(api.hentNyeForsendelser().execute()),
                    () -> requireTwo(svarInn.fetchNew())),
                    settings.warmupCalls(), settings.calls());
            return rows(runs, body.length, settings.calls());
        } finally {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
    }

    /** The baseline's call: what a hand-written integration does for one poll, before it parses the body. */
    private static String rawOkHttp(OkHttpClient okHttp, Request request, String authorization) throws IOException {
        Request authorized = request.newBuilder().header("Authorization", authorization).build();
        try (Response response = okHttp.newCall(authorized).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("SvarInn answered " + response.code());
            }
            return response.body().string();
        }
    }

    private static List<ResultRow> rows(List<List<Run>> runs, int bodyBytes, int calls) {
        Stats baseline = Stats.of(runs.get(0), Run::nanos);
        Stats unparsed = Stats.of(runs.get(1), Run::nanos);
        Stats generated = Stats.of(runs.get(2), Run::nanos);
        Stats facade = Stats.of(runs.get(3), Run::nanos);
        String what = String.format(Locale.ROOT, "SvarInn GET forsendelser (%.1f KB JSON, %,d calls each), ",
                bodyBytes / 1000.0, calls);
        String vsParsed = " vs raw OkHttp + Gson";
        double[] interval = Bootstrap.ratioOfMedians(runs.get(0), runs.get(2), Run::nanos);
        return List.of(
                ResultRow.compared(what + "FiksClient + generated SvarInnApi" + vsParsed + ": median (95% interval "
                        + String.format(Locale.ROOT, "of the ratio %.3f to %.3f)", interval[0], interval[1]),
                        baseline.median(), generated.median(), Unit.MICROSECONDS, Target.atMost(1.05)),
                ResultRow.compared(what + "the same: p90", baseline.p90(), generated.p90(), Unit.MICROSECONDS,
                        Target.none()),
                ResultRow.compared(what + "FiksClient + generated SvarInnApi vs raw OkHttp without parsing: median",
                        unparsed.median(), generated.median(), Unit.MICROSECONDS, Target.none()),
                ResultRow.compared(what + "SvarInnClient.fetchNew() (also builds NyForsendelse views)" + vsParsed
                        + ": median", baseline.median(), facade.median(), Unit.MICROSECONDS, Target.none()),
                ResultRow.compared(what + "FiksClient + generated SvarInnApi" + vsParsed + ": allocated per call",
                        Stats.of(runs.get(0), Run::allocatedBytes).median(),
                        Stats.of(runs.get(2), Run::allocatedBytes).median(), Unit.BYTES, Target.none()));
    }

    private static void answer(HttpExchange exchange, String authorization, byte[] body) throws IOException {
        LoopbackServer.drain(exchange);
        if (authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LoopbackServer.respond(exchange, 200, "application/json", body);
        } else {
            LoopbackServer.respond(exchange, 401, "application/json", new byte[0]);
        }
    }

    private static void requireBody(String body) {
        if (body.isEmpty()) {
            throw new IllegalStateException("expected a body");
        }
    }

    private static void requireTwo(List<?> forsendelser) {
        if (forsendelser.size() != 2) {
            throw new IllegalStateException("expected 2 forsendelser, got " + forsendelser.size());
        }
    }
}
