package io.github.fiksclients.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

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
    void receiveProducesItsRows() throws Exception {
        List<ResultRow> rows = Benchmark.RECEIVE.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark).anySatisfy(name -> assertThat(name).endsWith("wall time"))
                .anySatisfy(name -> assertThat(name).endsWith("allocated by the thread"))
                .anySatisfy(name -> assertThat(name).contains("openssl"));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.benchmark()).contains("fresh JVM with -Xmx64m");
            assertThat(row.fiks()).isEqualTo("completes");
        });
        assertThat(workDirectory).isEmptyDirectory();
    }

    @Test
    void perCallProducesItsRows() throws Exception {
        List<ResultRow> rows = Benchmark.PER_CALL.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark)
                .anySatisfy(name -> assertThat(name).endsWith("FiksClient + generated SvarInnApi: median"))
                .anySatisfy(name -> assertThat(name).endsWith("SvarInnClient.fetchNew(): median"));
    }

    @Test
    void indexProducesItsRows() throws Exception {
        List<ResultRow> rows = Benchmark.INDEX.run(tiny());

        assertThat(rows).extracting(ResultRow::benchmark)
                .anySatisfy(name -> assertThat(name).startsWith("Innsyn index 30 meldinger in 3 PUTs"));
    }

    @Test
    void ratioAboveTheTargetIsMarkedMissed() {
        ResultRow row = ResultRow.compared("call", 100_000, 120_000, Unit.MICROSECONDS, Target.atMost(1.15));

        assertThat(row.ratio()).isEqualTo("1.20");
        assertThat(row.target()).isEqualTo("≤ 1.15 ✗");
        assertThat(row.verdict()).isEqualTo(ResultRow.Verdict.MISSED);
    }

    private BenchmarkSettings tiny() {
        return BenchmarkSettings.quick().workDirectory(workDirectory).sizeMib(1).receiveWarmups(0).receiveRounds(1)
                .warmupCalls(2).calls(5).meldinger(30).batchSize(10).indexWarmups(0).indexRounds(1).build();
    }
}
