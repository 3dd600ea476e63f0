package io.github.fiksclients.svarut;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.fiksclients.auth.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A SvarUt of our own for tests, on the JDK's HTTP server: it reads each send's multipart body as a stream (okhttp's
 * {@link MultipartReader}), records what crossed the wire (part names, filenames, types, the metadata JSON, each
 * document's size and SHA-256, and its first bytes), and answers the eksternRef lookup from what it created. Queued
 * {@link Outcome}s make the next sends fail after their body was read, with or without creating the forsendelse.
 *
 * <p>Every request must carry the bearer token and integrasjon headers of {@link #TOKEN}, {@link #INTEGRASJON_ID} and
 * {@link #INTEGRASJON_PASSORD}, or gets a 401.
 */
final class FakeSvarUt implements BeforeEachCallback, AfterEachCallback {

    static final UUID KONTO = UUID.fromString("7a1c4e2b-0000-4000-8000-00000000000a");
    static final String TOKEN = "token-for-fake-svarut";
    static final String INTEGRASJON_ID = "3f1d2c4b-0000-4000-8000-00000000000b";
    static final String INTEGRASJON_PASSORD = "fake-svarut-integrasjon-passord";
    /** How many leading bytes of each document part are kept for assertions. */
    static final int KEPT_BYTES = 4 * 1024 * 1024;

    private final Deque<Outcome> outcomes = new ArrayDeque<>();
    private final List<ReceivedSend> sends = Collections.synchronizedList(new ArrayList<>());
    private final Map<UUID, String> created = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger certificateFetches = new AtomicInteger();
    private HttpServer server;
    private ExecutorService executor;
    private byte[] certificatePem = new byte[0];

    /** What happens to a send after its body has been read. */
    enum Outcome {
        /** Creates the forsendelse and answers 200 with its id. */
        OK,
        /** Creates the forsendelse, then answers 500 as if it had failed. */
        CREATE_THEN_500,
        /** Creates nothing and answers 500. */
        FAIL_500,
        /** Creates nothing and answers 400. */
        REJECT_400,
        /** Creates the forsendelse, then closes the connection without an answer. */
        CREATE_THEN_DROP,
        /** Stops reading the body after its start and never answers, as a stalled server does. */
        STALL
    }

    /** A document part as it arrived. */
    record ReceivedPart(String name, String filename, String contentType, long size, String sha256, byte[] head) {
    }

    /** A send as it arrived: the headers that matter, the metadata part and the document parts in order. */
    record ReceivedSend(String path, String contentType, String metadataPartName, String metadataContentType,
            JsonObject metadata, List<ReceivedPart> documents) {
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The API base, as SvarUt's {@code https://svarut.ks.no/api/}. */
    String baseUrl() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/api/";
    }

    SvarUtClient.Builder client() {
        return SvarUtClient.builder()
                .baseUrl(baseUrl())
                .konto(KONTO)
                .integrasjon(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD))
                .accessTokenProvider(() -> TOKEN);
    }

    void certificate(byte[] pem) {
        this.certificatePem = pem.clone();
    }

    synchronized void next(Outcome outcome) {
        outcomes.add(outcome);
    }

    /** Registers a forsendelse with an eksternReferanse as if sent earlier. */
    void existing(UUID id, String eksternReferanse) {
        created.put(id, eksternReferanse);
    }

    List<ReceivedSend> sends() {
        return List.copyOf(sends);
    }

    Map<UUID, String> created() {
        return Map.copyOf(created);
    }

    /** Every request as "METHOD path?query", in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    int certificateFetches() {
        return certificateFetches.get();
    }

    private synchronized Outcome peekOutcome() {
        return outcomes.isEmpty() ? Outcome.OK : outcomes.peek();
    }

    private synchronized Outcome nextOutcome() {
        return outcomes.isEmpty() ? Outcome.OK : outcomes.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        requests.add(method + " " + path + (query == null ? "" : "?" + query));
        try (exchange) {
            if (method.equals("GET") && path.equals("/forsendelse/publickey/hent")) {
                certificateFetches.incrementAndGet();
                respond(exchange, 200, "application/x-pem-file", certificatePem);
                return;
            }
            if (!authorized(exchange)) {
                drain(exchange);
                respond(exchange, 401, "application/json", "{\"status\":401,\"message\":\"unauthorized\"}");
                return;
            }
            String forsendelser = "/api/v2/kontoer/" + KONTO + "/forsendelser";
            if (method.equals("POST") && path.equals(forsendelser)) {
                send(exchange);
            } else if (method.equals("GET") && path.equals(forsendelser)) {
                lookup(exchange, query);
            } else {
                drain(exchange);
                respond(exchange, 404, "application/json", "{\"status\":404,\"message\":\"no such endpoint\"}");
            }
        }
    }

    private static boolean authorized(HttpExchange exchange) {
        return ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                && INTEGRASJON_ID.equals(exchange.getRequestHeaders().getFirst("IntegrasjonId"))
                && INTEGRASJON_PASSORD.equals(exchange.getRequestHeaders().getFirst("IntegrasjonPassord"));
    }

    private void send(HttpExchange exchange) throws IOException {
        if (peekOutcome() == Outcome.STALL) {
            nextOutcome();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stalled");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String boundary = contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        List<ReceivedPart> documents = new ArrayList<>();
        String metadataName = null;
        String metadataType = null;
        JsonObject metadata = null;
        try (BufferedSource body = Okio.buffer(Okio.source(exchange.getRequestBody()));
                MultipartReader reader = new MultipartReader(body, boundary)) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                String name = parameter(disposition, "name");
                if (metadata == null && documents.isEmpty()) {
                    metadataName = name;
                    metadataType = part.headers().get("Content-Type");
                    metadata = JsonParser.parseString(part.body().readUtf8()).getAsJsonObject();
                    continue;
                }
                documents.add(document(name, parameter(disposition, "filename"), part.headers().get("Content-Type"),
                        part.body()));
            }
        }
        sends.add(new ReceivedSend(exchange.getRequestURI().getPath(), contentType, metadataName, metadataType,
                metadata, documents));
        Outcome outcome = nextOutcome();
        UUID id = UUID.randomUUID();
        if (outcome == Outcome.OK || outcome == Outcome.CREATE_THEN_500 || outcome == Outcome.CREATE_THEN_DROP) {
            created.put(id, metadata.has("eksternReferanse") ? metadata.get("eksternReferanse").getAsString() : "");
        }
        switch (outcome) {
            case OK -> respond(exchange, 200, "application/json", "{\"id\":\"" + id + "\"}");
            case CREATE_THEN_500, FAIL_500 -> respond(exchange, 500, "application/json",
                    "{\"status\":500,\"message\":\"simulated failure\"}");
            case REJECT_400 -> respond(exchange, 400, "application/json",
                    "{\"status\":400,\"errorCode\":\"UGYLDIG\",\"message\":\"tittel mangler\"}");
            case CREATE_THEN_DROP, STALL -> throw new IOException("dropping the connection");
        }
    }

    private static ReceivedPart document(String name, String filename, String contentType, BufferedSource source)
            throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Buffer head = new Buffer();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        InputStream in = source.inputStream();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha256.update(buffer, 0, n);
            if (head.size() < KEPT_BYTES) {
                head.write(buffer, 0, (int) Math.min(n, KEPT_BYTES - head.size()));
            }
            size += n;
        }
        return new ReceivedPart(name, filename, contentType, size, HexFormat.of().formatHex(sha256.digest()),
                head.readByteArray());
    }

    private void lookup(HttpExchange exchange, String query) throws IOException {
        String eksternRef = query == null ? null : java.net.URLDecoder.decode(
                query.replaceAll("(^|.*&)eksternRef=([^&]*).*", "$2"), StandardCharsets.UTF_8);
        JsonArray ids = new JsonArray();
        synchronized (created) {
            created.forEach((id, ref) -> {
                if (!ref.isEmpty() && ref.equals(eksternRef)) {
                    ids.add(id.toString());
                }
            });
        }
        JsonObject answer = new JsonObject();
        answer.add("forsendelseIds", ids);
        respond(exchange, 200, "application/json", answer.toString());
    }

    private static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher match = java.util.regex.Pattern.compile("(?:^|;)\\s*" + name + "=\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(header);
        return match.find() ? match.group(1) : null;
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
