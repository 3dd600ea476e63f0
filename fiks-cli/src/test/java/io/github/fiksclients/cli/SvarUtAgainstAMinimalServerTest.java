package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MultipartReader;
import okio.BufferedSource;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fiks svarut send} against a minimal SvarUt of the test's own (not the simulator), written from SvarUt's
 * documented protocol only: a multipart POST with the metadata part first and one file part per document named by
 * its filnavn, answered with {@code {"id": ...}}, and the eksternRef lookup. Tokens come from the simulator's
 * Maskinporten. A large document goes through a separate JVM with a small heap.
 */
class SvarUtAgainstAMinimalServerTest extends AgainstTheSimulator {

    private static final String KONTO = "5a0b1c2d-0000-4000-8000-0000000000aa";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger posts = new AtomicInteger();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> byEksternRef = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean failNextAfterStoring;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/kontoer/" + KONTO + "/forsendelser", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private Map<String, String> variables() {
        Map<String, String> variables = simulatorVariables();
        variables.put(Variables.SVARUT_URL, "http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        variables.put(Variables.SVARUT_KONTO, KONTO);
        return variables;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET")) {
                String query = exchange.getRequestURI().getQuery();
                String ref = query.substring(query.indexOf("eksternRef=") + "eksternRef=".length());
                String id = byEksternRef.get(ref);
                respond(exchange, 200, "{\"forsendelseIds\":[" + (id == null ? "" : "\"" + id + "\"") + "]}");
                return;
            }
            posts.incrementAndGet();
            String boundary = exchange.getRequestHeaders().getFirst("Content-Type").replaceAll(".*boundary=", "");
            JsonObject metadata = null;
            try (BufferedSource body = Okio.buffer(Okio.source(exchange.getRequestBody()));
                    MultipartReader reader = new MultipartReader(body, boundary)) {
                for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                    String disposition = part.headers().get("Content-Disposition");
                    if (metadata == null) {
                        assertThat(disposition).contains("name=\"forsendelse\"");
                        metadata = JsonParser.parseString(part.body().readUtf8()).getAsJsonObject();
                        continue;
                    }
                    received.add(disposition.replaceAll(".*filename=\"([^\"]*)\".*", "$1") + " "
                            + sha256(part.body().inputStream()));
                }
            }
            String id = UUID.randomUUID().toString();
            if (metadata.has("eksternReferanse")) {
                byEksternRef.put(metadata.get("eksternReferanse").getAsString(), id);
            }
            if (failNextAfterStoring) {
                failNextAfterStoring = false;
                respond(exchange, 500, "{\"message\":\"noe gikk galt\"}");
                return;
            }
            respond(exchange, 200, "{\"id\":\"" + id + "\"}");
        }
    }

    @Test
    void sendsADocumentFourTimesLargerThanTheHeapOfItsJvm() throws Exception {
        long size = 256L * 1024 * 1024;
        Path large = dir.resolve("uttrekk.pdf");
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1024 * 1024];
        Random random = new Random(11);
        try (OutputStream out = Files.newOutputStream(large)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                expected.update(block);
                out.write(block);
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), FiksMain.class.getName(),
                "svarut", "send", "--tittel", "Stort uttrekk", "--org", "999888777", "--kun-digital",
                "--eksternref", "stor-" + UUID.randomUUID(), large.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(variables());
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Process fiks = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(fiks.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(stderr);
        assertThat(fiks.exitValue()).as(err).isZero();
        assertThat(Files.readString(stdout)).matches("[0-9a-f-]{36}\\R");
        assertThat(posts).hasValue(1);
        assertThat(received).containsExactly("uttrekk.pdf " + HexFormat.of().formatHex(expected.digest()));
    }

    @Test
    void aServerErrorAfterStoringIsSettledByTheEksternRefLookupAndNotSentAgain() throws IOException {
        failNextAfterStoring = true;
        Path brev = Files.writeString(dir.resolve("brev.pdf"), "%PDF-1.7\n% brev\n%%EOF\n");
        String ref = "minimal-" + UUID.randomUUID();
        CliRun run = CliRun.run(variables(), "svarut", "send", "--tittel", "Brev", "--org", "999888777",
                "--eksternref", ref, brev.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().strip()).isEqualTo(byEksternRef.get(ref));
        assertThat(posts).hasValue(1);
    }

    @Test
    void aServerErrorAfterTheBodyWithoutEksternRefIsUncertainAndNotSentAgain() throws IOException {
        failNextAfterStoring = true;
        Path brev = Files.writeString(dir.resolve("brev2.pdf"), "%PDF-1.7\n% brev\n%%EOF\n");
        CliRun run = CliRun.run(variables(), "svarut", "send", "--tittel", "Brev", "--org", "999888777",
                brev.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("UNCERTAIN");
        assertThat(posts).hasValue(1);
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
