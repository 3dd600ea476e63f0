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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
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
 * is a reference. The four alternate call by call ({@link Alternating}).
 *
 * <p>20,000 measured calls per variant by default: a call's time spreads widely (its p90 is about 1.5 times its
 * median), so the median of n calls is known to about 1.25 x 0.35 / sqrt(n) of itself; at 5,000 calls that left the
 * ratio of two medians uncertain by about 2% either way (95%), and at 20,000 by about 1%. That is the uncertainty
 * within one JVM. From one JVM to the next the ratio moves more, by how the JIT happens to compile the call paths
 * (1.02 to 1.08 for the same build, order and machine, each with an interval of about 0.01): so the calls are measured
 * in several fresh JVMs ({@link BenchmarkSettings#forks()}), as JMH does, and each row shows the JVM in the middle,
 * with the range of all of them.
 */
public final class PerCallBenchmark {

    private static final String PATH = "/tjenester/svarinn/v2/forsendelser";
    private static final String MOTTAKERSYSTEM = "bench-mottakersystem";
    private static final String PASSORD = "bench-passord";
    private static final Type FORSENDELSER = new TypeToken<List<Forsendelse>>() { }.getType();

    private PerCallBenchmark() {
    }

    /**
     * Runs the benchmark, in this JVM or in fresh ones as the settings say.
     *
     * @param settings how many warm-up and measured calls each variant makes, and in how many JVMs
     * @return the rows: median and p90 per variant, and the bytes a call allocates
     * @throws Exception if a call or a JVM fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        List<Measured> jvms = new ArrayList<>();
        if (settings.forks() == 0) {
            jvms.add(measure(settings.warmupCalls(), settings.calls()));
        }
        for (int fork = 0; fork < settings.forks(); fork++) {
            jvms.add(Measured.parse(ChildJvm.runWithDefaultHeap(PerCallBenchmark.class,
                    String.valueOf(settings.warmupCalls()), String.valueOf(settings.calls()))));
        }
        return rows(jvms, SampleForsendelser.json().length, settings.calls());
    }

    /**
     * Measures in this JVM, as one fork of {@link #run}, and reports the result on standard output.
     *
     * @param args the warm-up calls and the measured calls per variant
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        LoopbackServer.useNoDelay();
        ChildJvm.report((Object[]) measure(Integer.parseInt(args[0]), Integer.parseInt(args[1])).fields());
    }

    private static Measured measure(int warmupCalls, int calls) throws Exception {
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
                    warmupCalls, calls);
            return Measured.of(runs);
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

    private static List<ResultRow> rows(List<Measured> jvms, int bodyBytes, int calls) {
        String what = String.format(Locale.ROOT, "SvarInn GET forsendelser (%.1f KB JSON, %,d calls each%s), ",
                bodyBytes / 1000.0, calls, jvms.size() == 1 ? "" : " in " + jvms.size() + " JVMs");
        String vsParsed = " vs raw OkHttp + Gson";
        Measured middle = middle(jvms, Measured::generatedRatio);
        String spread = jvms.size() == 1
                ? String.format(Locale.ROOT, "95%% interval of the ratio %.3f to %.3f", middle.intervalLow(),
                        middle.intervalHigh())
                : String.format(Locale.ROOT, "the middle JVM; the %d JVMs' ratios %.3f to %.3f, its 95%% interval "
                        + "%.3f to %.3f", jvms.size(), min(jvms, Measured::generatedRatio),
                        max(jvms, Measured::generatedRatio), middle.intervalLow(), middle.intervalHigh());
        Measured p90 = middle(jvms, each -> each.generatedP90() / each.baselineP90());
        Measured unparsed = middle(jvms, each -> each.generatedMedian() / each.unparsedMedian());
        Measured facade = middle(jvms, each -> each.facadeMedian() / each.baselineMedian());
        Measured allocated = middle(jvms, each -> each.generatedAllocated() / each.baselineAllocated());
        return List.of(
                ResultRow.compared(what + "FiksClient + generated SvarInnApi" + vsParsed + ": median (" + spread + ")",
                        middle.baselineMedian(), middle.generatedMedian(), Unit.MICROSECONDS, Target.atMost(1.05)),
                ResultRow.compared(what + "the same: p90", p90.baselineP90(), p90.generatedP90(), Unit.MICROSECONDS,
                        Target.none()),
                ResultRow.compared(what + "FiksClient + generated SvarInnApi vs raw OkHttp without parsing: median",
                        unparsed.unparsedMedian(), unparsed.generatedMedian(), Unit.MICROSECONDS, Target.none()),
                ResultRow.compared(what + "SvarInnClient.fetchNew() (also builds NyForsendelse views)" + vsParsed
                        + ": median", facade.baselineMedian(), facade.facadeMedian(), Unit.MICROSECONDS,
                        Target.none()),
                ResultRow.compared(what + "FiksClient + generated SvarInnApi" + vsParsed + ": allocated per call",
                        allocated.baselineAllocated(), allocated.generatedAllocated(), Unit.BYTES, Target.none()));
    }

    /** The JVM whose ratio is the median of all of theirs (the lower of the two middle ones for an even count). */
    private static Measured middle(List<Measured> jvms, ToDoubleFunction<Measured> ratio) {
        List<Measured> sorted = new ArrayList<>(jvms);
        sorted.sort(Comparator.comparingDouble(ratio));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double min(List<Measured> jvms, ToDoubleFunction<Measured> ratio) {
        return jvms.stream().mapToDouble(ratio).min().orElseThrow();
    }

    private static double max(List<Measured> jvms, ToDoubleFunction<Measured> ratio) {
        return jvms.stream().mapToDouble(ratio).max().orElseThrow();
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

    /**
     * What one JVM measured: medians and p90s in nanoseconds, allocation in bytes per call, and the bootstrap interval
     * of the generated call's ratio to the baseline.
     */
    record Measured(double baselineMedian, double baselineP90, double unparsedMedian, double generatedMedian,
            double generatedP90, double facadeMedian, double baselineAllocated, double generatedAllocated,
            double intervalLow, double intervalHigh) {

        static Measured of(List<List<Run>> runs) {
            Stats baseline = Stats.of(runs.get(0), Run::nanos);
            Stats generated = Stats.of(runs.get(2), Run::nanos);
            double[] interval = Bootstrap.ratioOfMedians(runs.get(0), runs.get(2), Run::nanos);
            return new Measured(baseline.median(), baseline.p90(), Stats.of(runs.get(1), Run::nanos).median(),
                    generated.median(), generated.p90(), Stats.of(runs.get(3), Run::nanos).median(),
                    Stats.of(runs.get(0), Run::allocatedBytes).median(),
                    Stats.of(runs.get(2), Run::allocatedBytes).median(), interval[0], interval[1]);
        }

        static Measured parse(String[] fields) {
            double[] values = Arrays.stream(fields).mapToDouble(Double::parseDouble).toArray();
            return new Measured(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                    values[7], values[8], values[9]);
        }

        String[] fields() {
            return DoubleStream.of(baselineMedian, baselineP90, unparsedMedian, generatedMedian, generatedP90,
                    facadeMedian, baselineAllocated, generatedAllocated, intervalLow, intervalHigh)
                    .mapToObj(Double::toString).toArray(String[]::new);
        }

        double generatedRatio() {
            return generatedMedian / baselineMedian;
        }
    }
}
