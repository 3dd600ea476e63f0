package io.github.fiksclients.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A JDK {@link HttpServer} on a free loopback port, in this JVM, standing in for a Fiks service: one path, one
 * handler. TCP_NODELAY is switched on for its sockets, or every response would wait for a delayed ACK.
 */
final class LoopbackServer implements AutoCloseable {

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Switches on TCP_NODELAY for every JDK HTTP server of this JVM. The JDK reads the setting once, when its first
     * server is made, so call this before any is.
     */
    static void useNoDelay() {
        System.setProperty(NODELAY_PROPERTY, "true");
    }

    /**
     * Starts a server that answers requests under {@code path} with {@code handler}.
     *
     * @param path the path the handler serves, such as {@code /tjenester/svarinn/v2/forsendelser}
     * @param handler answers each request, on the server's one thread
     * @return the running server
     * @throws IOException if no port can be had
     */
    static LoopbackServer start(String path, HttpHandler handler) throws IOException {
        useNoDelay();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, handler);
        server.start();
        return new LoopbackServer(server);
    }

    /**
     * Makes the URL of a path on this server.
     *
     * @param path starting with {@code /}
     * @return {@code http://127.0.0.1:<port><path>}
     */
    String url(String path) {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
    }

    /**
     * Reads a request's body to its end and throws it away, as a server that parses it would read it all.
     *
     * @param exchange the request
     * @return how many bytes the body held
     * @throws IOException if reading fails
     */
    static long drain(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            return body.transferTo(OutputStream.nullOutputStream());
        }
    }

    /**
     * Sends a complete response with a fixed length, so the connection is kept alive.
     *
     * @param exchange the request
     * @param status the status code
     * @param contentType the body's media type
     * @param body the body
     * @throws IOException if writing fails
     */
    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
