package io.github.fiksclients.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.BufferedSource;
import okio.Okio;

/**
 * A local server for the streaming tests that holds nothing it receives or sends: a multipart upload is read part by
 * part as it arrives and only each part's name, file name, content type, size and SHA-256 are kept; a download is
 * written as it is generated. MockWebServer would keep a request body in memory.
 */
final class StreamingServer implements AutoCloseable {

    private final HttpServer server;
    private final List<ReceivedPart> parts = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private volatile String json = "{}";
    private volatile Supplier<InputStream> download;

    StreamingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * The server's base URL.
     *
     * @return {@code http://127.0.0.1:<port>/}
     */
    HttpUrl url() {
        return HttpUrl.get("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /**
     * Answers the next uploads with this JSON body.
     *
     * @param body the JSON
     */
    void answerJson(String body) {
        this.json = body;
        this.download = null;
    }

    /**
     * Answers the next requests with this content, as {@code application/octet-stream}.
     *
     * @param content makes the content anew for each request
     */
    void answerBytes(Supplier<InputStream> content) {
        this.download = content;
    }

    /**
     * The parts of the multipart requests received so far.
     *
     * @return the parts, in the order they arrived
     */
    List<ReceivedPart> parts() {
        return List.copyOf(parts);
    }

    /**
     * The method and path of each request received so far.
     *
     * @return for example {@code POST /esignering/api/v1/signering/opprett}
     */
    List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requestLines.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            MediaType type = MediaType.parse(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            try (InputStream body = exchange.getRequestBody()) {
                if (type != null && type.type().equals("multipart")) {
                    readParts(body, type.parameter("boundary"));
                } else {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            Supplier<InputStream> content = download;
            if (content != null) {
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 0);
                try (InputStream in = content.get(); OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            } else {
                byte[] answer = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void readParts(InputStream body, String boundary) throws IOException {
        BufferedSource source = Okio.buffer(Okio.source(body));
        try (MultipartReader reader = new MultipartReader(source, boundary)) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                Sha256 digest = new Sha256();
                long size = part.body().readAll(Okio.sink(digest.stream));
                parts.add(new ReceivedPart(parameter(disposition, "name"), parameter(disposition, "filename"),
                        part.headers().get("Content-Type"), size, digest.hex()));
            }
        }
    }

    private static String parameter(String disposition, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"")
                .matcher(String.valueOf(disposition));
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * What arrived of one part.
     *
     * @param name its name
     * @param fileName its file name, or null
     * @param contentType its content type, or null
     * @param size its size in bytes
     * @param sha256 the SHA-256 of its content, in hex
     */
    record ReceivedPart(String name, String fileName, String contentType, long size, String sha256) {
    }

    /** A SHA-256 computed by writing to a stream that keeps nothing. */
    static final class Sha256 {

        final DigestOutputStream stream;

        Sha256() {
            try {
                stream = new DigestOutputStream(OutputStream.nullOutputStream(), MessageDigest.getInstance("SHA-256"));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String hex() {
            return HexFormat.of().formatHex(stream.getMessageDigest().digest());
        }
    }

    /**
     * The names of parts.
     *
     * @param parts the parts
     * @return their names, in order
     */
    static List<String> names(List<ReceivedPart> parts) {
        List<String> names = new ArrayList<>();
        parts.forEach(part -> names.add(part.name()));
        return names;
    }
}
