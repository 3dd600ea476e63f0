package io.github.fiksclients.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.secretscan.TestLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark at a trivial size so the harness cannot rot; times are not checked (machines are noisy, and
 * the targets belong to the benchmark run, not to the build).
 */
class BenchmarkTest {

    @TempDir
    Path workDirectory;

    @Test
    void receiveRunsTheFacadeInASmallHeapAndCleansUp() throws Exception {
        List<ResultRow> rows = Benchmark.RECEIVE.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark)
                .anySatisfy(name -> assertThat(name).contains("openssl"))
                .anySatisfy(name -> assertThat(name).contains("peak RSS"));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.benchmark()).startsWith("SvarInn 2 MiB forsendelse");
            assertThat(row.fiks()).startsWith("verified in");
            assertThat(row.baseline()).as("openssl is run on the large forsendelse too, where installed")
                    .matches(CliToolchain.isInstalled() ? "(verified in|failed after) .*openssl peak RSS .*"
                            : "not run");
        });
        assertThat(workDirectory).isEmptyDirectory();
    }

    @Test
    void perCallComparesTheGeneratedCallWithRawOkHttpAndGson() throws Exception {
        List<ResultRow> rows = Benchmark.PER_CALL.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark)
                .anySatisfy(name -> assertThat(name).contains("FiksClient + generated SvarInnApi vs raw OkHttp + Gson: "
                        + "median (95% interval of the ratio "))
                .anySatisfy(name -> assertThat(name).contains("without parsing"));
    }

    @Test
    void perCallInFreshJvmsShowsTheMiddleOneAndTheRangeOfAll() throws Exception {
        BenchmarkSettings threeJvms = BenchmarkSettings.quick().workDirectory(workDirectory).warmupCalls(2).calls(5)
                .forks(3).build();

        List<ResultRow> rows = Benchmark.PER_CALL.run(threeJvms);

        assertThat(rows.get(0).benchmark()).contains("5 calls each in 3 JVMs")
                .containsPattern("median \\(the middle JVM; the 3 JVMs' ratios \\d\\.\\d{3} to \\d\\.\\d{3}, its 95% "
                        + "interval \\d\\.\\d{3} to \\d\\.\\d{3}\\)");
    }

    @Test
    void everyVariantRunsInEveryPositionAndAfterEveryOtherEquallyOften() {
        for (int n = 1; n <= 6; n++) {
            int[][] orders = Alternating.williamsOrders(n);
            int[][] positions = new int[n][n];
            int[][] follows = new int[n][n];
            for (int[] order : orders) {
                assertThat(order).as("a round runs each variant once").containsExactlyInAnyOrder(
                        java.util.stream.IntStream.range(0, n).toArray());
                for (int position = 0; position < n; position++) {
                    positions[order[position]][position]++;
                    if (position > 0) {
                        follows[order[position - 1]][order[position]]++;
                    }
                }
            }
            int perPosition = orders.length / n;
            int perPair = n == 1 ? 0 : orders.length * (n - 1) / (n * (n - 1));
            for (int a = 0; a < n; a++) {
                assertThat(positions[a]).as("positions of %d among %d", a, n).containsOnly(perPosition);
                for (int b = 0; b < n; b++) {
                    assertThat(follows[a][b]).as("%d after %d among %d", b, a, n).isEqualTo(a == b ? 0 : perPair);
                }
            }
        }
    }

    @Test
    void perCallAndIndexLogNothingWhateverTheDefaultLogLevelSays() throws Exception {
        assertThat(System.getProperty("fiks.http.logLevel")).as("the build sets the default to BODY").isEqualTo("BODY");
        TestLog log = TestLog.start();

        Benchmark.PER_CALL.run(tiny());
        Benchmark.INDEX.run(tiny());

        assertThat(log.text()).doesNotContain("--> GET", "--> PUT");
    }

    @Test
    void tokenReuseCountsOneTokenRequestForAllThreads() throws Exception {
        List<ResultRow> rows = Benchmark.TOKEN_REUSE.run(tiny());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.fiks()).isEqualTo("1");
            assertThat(row.benchmark()).contains("all 40 calls succeeded: yes");
        });
    }

    @Test
    void indexSendsTheExpectedRequestsWithAndWithoutNoDelay() throws Exception {
        List<ResultRow> rows = Benchmark.INDEX.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark)
                .anySatisfy(name -> assertThat(name).startsWith("Innsyn index 30 meldinger, exactly 3 PUTs per run"))
                .anySatisfy(name -> assertThat(name).contains("TCP_NODELAY off"));
        assertThat(rows).anySatisfy(row -> assertThat(row.fiks()).isEqualTo("completes, 3 PUTs"));
    }

    @Test
    void ratioAboveTheTargetIsMarkedMissed() {
        ResultRow row = ResultRow.compared("call", 100_000, 120_000, Unit.MICROSECONDS, Target.atMost(1.15));

        assertThat(row.ratio()).isEqualTo("1.20");
        assertThat(row.target()).isEqualTo("≤ 1.15 ✗");
        assertThat(row.verdict()).isEqualTo(ResultRow.Verdict.MISSED);
    }

    private BenchmarkSettings tiny() {
        return BenchmarkSettings.quick().workDirectory(workDirectory).sizeMib(1).largeSizeMib(2).receiveRounds(1)
                .warmupCalls(2).calls(5).forks(0).tokenThreads(4).tokenCallsPerThread(10).meldinger(30).batchSize(10)
                .indexWarmups(0).indexRounds(1).build();
    }
}
