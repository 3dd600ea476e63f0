package io.github.fiksclients.innsyn;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.HttpLogLevel;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Indexing far more than the heap holds: {@link InnsynClient#index} keeps one batch in memory at a time, and each
 * batch's request body once, as its bytes.
 *
 * <p>Tagged {@code bounded-heap}: the module's pom runs it with {@code -Xmx32m}. The meldinger are made as the
 * stream is read, with titles outside Latin-1 (so Java holds their text at two bytes a character), and batches are
 * cut at the default 4 MiB; the server reads and discards each body, counting its bytes.
 */
@Tag("bounded-heap")
class IndexInBoundedHeapTest {

    private static final String ANSWER =
            "{\"opprettet\":0,\"oppdatert\":0,\"manglerSamtykke\":0,\"meldingerUtenSamtykke\":[]}";
    private static final String TITTEL = "Søknad om ferdigattest ✓ ".repeat(40);
    private static final int MELDINGER = 40_000;

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bodyBytes = new AtomicLong();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                bodyBytes.addAndGet(body.transferTo(java.io.OutputStream.nullOutputStream()));
            }
            requests.incrementAndGet();
            byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void indexesBodiesTwiceTheHeapOneBatchAtATime() {
        try (InnsynClient innsyn = InnsynClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/")
                .integrasjon("bounded-heap-integrasjon", Secret.of("bounded-heap-passord"))
                .accessTokenProvider(() -> "bounded-heap-token")
                .logLevel(HttpLogLevel.HEADERS)
                .build()) {
            IndexSummary summary = innsyn.index(LongStream.range(0, MELDINGER).mapToObj(position -> TestMeldinger
                    .builder(position).metadata(TestMeldinger.forsendelse(TITTEL + position)).build()));

            assertThat(summary.meldingerIndexed()).isEqualTo(MELDINGER);
            assertThat(summary.refused()).isEmpty();
        }
        assertThat(bodyBytes.get()).isGreaterThan(2 * Runtime.getRuntime().maxMemory());
        assertThat(requests.get()).isGreaterThan(10);
    }
}
