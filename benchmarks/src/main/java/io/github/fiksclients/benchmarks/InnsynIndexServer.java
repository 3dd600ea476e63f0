package io.github.fiksclients.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Innsyn's index endpoint on loopback: reads each PUT's body to its end, counts the requests and their bytes, checks
 * the integration's headers, and answers a fixed {@code MeldingIndexResponseV2}.
 */
final class InnsynIndexServer implements AutoCloseable {

    /** The path of {@code PUT indexRequest} (v2). */
    static final String PATH = "/innsyn-index/api/v2/indexRequest";
    /** The integration the server accepts. */
    static final String INTEGRASJON_ID = "bench-integrasjon";
    /** Its password. */
    static final String INTEGRASJON_PASSORD = "bench-passord";
    /** The access token the server accepts, as a token provider hands it out. */
    static final String ACCESS_TOKEN = "bench-maskinporten-token";

    private static final byte[] RESPONSE =
            "{\"opprettet\":0,\"oppdatert\":0,\"manglerSamtykke\":0,\"meldingerUtenSamtykke\":[]}"
                    .getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final LoopbackServer server;

    private InnsynIndexServer() throws IOException {
        this.server = LoopbackServer.start(PATH, this::answer);
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws IOException if no port can be had
     */
    static InnsynIndexServer start() throws IOException {
        return new InnsynIndexServer();
    }

    /**
     * The URL of a path on this server.
     *
     * @param path starting with {@code /}
     * @return the URL
     */
    String url(String path) {
        return server.url(path);
    }

    /**
     * How many requests have arrived so far.
     *
     * @return a running count
     */
    int requests() {
        return requests.get();
    }

    /**
     * How many bytes of request bodies have arrived so far.
     *
     * @return a running count
     */
    long bodyBytes() {
        return bodyBytes.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        bodyBytes.addAndGet(LoopbackServer.drain(exchange));
        requests.incrementAndGet();
        boolean authenticated = ("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && INTEGRASJON_ID.equals(exchange.getRequestHeaders().getFirst("IntegrasjonId"))
                && INTEGRASJON_PASSORD.equals(exchange.getRequestHeaders().getFirst("IntegrasjonPassord"));
        LoopbackServer.respond(exchange, authenticated ? 200 : 401, "application/json",
                authenticated ? RESPONSE : new byte[0]);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
