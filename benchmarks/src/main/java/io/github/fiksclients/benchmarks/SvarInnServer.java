package io.github.fiksclients.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import io.github.fiksclients.svarinn.receive.ExpectedFile;
import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.model.Fil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import okhttp3.Credentials;

/**
 * SvarInn v2 on loopback, offering one forsendelse: {@code GET svarinn/v2/forsendelser} lists it with its files'
 * names, sizes and SHA-256, and {@code GET svarinn/v2/forsendelser/<id>} streams its encrypted envelope from disk.
 * Both check the receiving system's Basic credentials.
 */
final class SvarInnServer implements AutoCloseable {

    /** The receiving system the server accepts. */
    static final String MOTTAKERSYSTEM = "bench-mottakersystem";
    /** Its password. */
    static final String PASSORD = "bench-passord";

    private static final String LIST_PATH = "/tjenester/svarinn/v2/forsendelser";
    /** Large writes, so that serving costs the benchmark's two cores little. */
    private static final int COPY_BUFFER_SIZE = 256 * 1024;

    private final ReceiveFixture fixture;
    private final UUID id = UUID.randomUUID();
    private final byte[] list;
    private final String authorization = Credentials.basic(MOTTAKERSYSTEM, PASSORD, StandardCharsets.UTF_8);
    private final LoopbackServer server;

    private SvarInnServer(ReceiveFixture fixture) throws IOException {
        this.fixture = fixture;
        this.list = list(id, fixture.expectedFiles());
        this.server = LoopbackServer.start(LIST_PATH, this::answer);
    }

    /**
     * Starts a server that offers the fixture's forsendelse.
     *
     * @param fixture the forsendelse
     * @return the running server
     * @throws IOException if no port can be had
     */
    static SvarInnServer offering(ReceiveFixture fixture) throws IOException {
        return new SvarInnServer(fixture);
    }

    /**
     * The base URL a {@code SvarInnClient} is given.
     *
     * @return {@code http://127.0.0.1:<port>/tjenester/}
     */
    String baseUrl() {
        return server.url("/tjenester/");
    }

    private void answer(HttpExchange exchange) throws IOException {
        LoopbackServer.drain(exchange);
        String path = exchange.getRequestURI().getPath();
        if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LoopbackServer.respond(exchange, 401, "application/json", new byte[0]);
        } else if (path.equals(LIST_PATH)) {
            LoopbackServer.respond(exchange, 200, "application/json", list);
        } else if (path.equals(LIST_PATH + "/" + id)) {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, Files.size(fixture.envelope()));
            try (InputStream in = Files.newInputStream(fixture.envelope());
                    OutputStream out = exchange.getResponseBody()) {
                byte[] buffer = new byte[COPY_BUFFER_SIZE];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            }
        } else {
            LoopbackServer.respond(exchange, 404, "application/json", new byte[0]);
        }
    }

    private static byte[] list(UUID id, List<ExpectedFile> files) {
        Forsendelse forsendelse = new Forsendelse().id(id).tittel("Benchmark forsendelse").filer(files.stream()
                .map(file -> new Fil().filnavn(file.filnavn()).hash(file.sha256())
                        .storrelse(file.size().orElseThrow()).mimeType("application/pdf"))
                .toList());
        return JSON.gson().toJson(List.of(forsendelse)).getBytes(StandardCharsets.UTF_8);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
