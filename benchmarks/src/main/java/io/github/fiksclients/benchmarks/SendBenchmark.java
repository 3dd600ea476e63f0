package io.github.fiksclients.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sending one large document through {@code SvarUtClient.send}, in a fresh JVM with a {@value SvarUtSend#HEAP_MIB}
 * MiB heap, against the same multipart request written with raw OkHttp in the same kind of JVM, alternating, to a
 * loopback SvarUt that reads every byte and answers with an id. The facade may take at most 1.05 times as long, and
 * its process must stay within 128 MiB resident.
 */
final class SendBenchmark {

    private static final long MIB = 1024L * 1024;
    private static final long MAX_PEAK_RSS = 128 * MIB;
    private static final double MAX_RATIO_TO_RAW = 1.05;

    private SendBenchmark() {
    }

    /**
     * Writes the document, runs the sends and deletes the document.
     *
     * @param settings the document's size ({@code sizeMib}) and the rounds
     * @return the rows
     * @throws Exception if a send fails
     */
    static List<ResultRow> run(BenchmarkSettings settings) throws Exception {
        long size = settings.sizeMib() * MIB;
        int rounds = Math.max(5, settings.receiveRounds());
        String what = String.format(Locale.ROOT, "SvarUt send %d MiB (1 document, median of %d): ",
                settings.sizeMib(), rounds);
        long usable = Files.getFileStore(settings.workDirectory()).getUsableSpace();
        if (usable < size + 256 * MIB) {
            return List.of(ResultRow.skipped(what + "facade vs raw OkHttp", "needs "
                    + Unit.BYTES.format(size + 256 * MIB) + " free in " + settings.workDirectory()));
        }
        Path document = SvarUtSend.writeDocument(settings.workDirectory(), size);
        try (LoopbackServer server = LoopbackServer.start("/api/", exchange -> {
            try (exchange) {
                LoopbackServer.drain(exchange);
                LoopbackServer.respond(exchange, 200, "application/json", SvarUtSend.answer());
            }
        })) {
            String baseUrl = server.url("/api/");
            List<SvarUtSend.Result> facade = new ArrayList<>();
            List<SvarUtSend.Result> raw = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                if (round % 2 == 1) {
                    raw.add(SvarUtSend.run(baseUrl, document, SvarUtSend.Variant.RAW_OKHTTP));
                }
                facade.add(SvarUtSend.run(baseUrl, document, SvarUtSend.Variant.FACADE));
                if (round % 2 == 0) {
                    raw.add(SvarUtSend.run(baseUrl, document, SvarUtSend.Variant.RAW_OKHTTP));
                }
            }
            long peakRss = facade.stream().mapToLong(SvarUtSend.Result::peakRssBytes).max().orElse(-1);
            List<ResultRow> rows = new ArrayList<>();
            rows.add(ResultRow.compared(what + "facade vs raw OkHttp multipart, both in -Xmx" + SvarUtSend.HEAP_MIB
                    + "m, wall time", Stats.of(raw, SvarUtSend.Result::nanos).median(),
                    Stats.of(facade, SvarUtSend.Result::nanos).median(), Unit.DURATION,
                    Target.atMost(MAX_RATIO_TO_RAW)));
            rows.add(peakRss < 0 ? ResultRow.skipped(what + "facade's peak RSS", "no /proc/self/status here")
                    : ResultRow.outcome(what + "facade's peak RSS (VmHWM) in -Xmx" + SvarUtSend.HEAP_MIB + "m", "—",
                            Unit.BYTES.format(peakRss), "≤ 128 MiB", peakRss <= MAX_PEAK_RSS));
            return rows;
        } finally {
            try {
                Files.deleteIfExists(document);
            } catch (IOException e) {
                System.err.println("could not delete " + document + ": " + e);
            }
        }
    }
}
