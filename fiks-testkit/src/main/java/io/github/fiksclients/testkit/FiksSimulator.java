package io.github.fiksclients.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fiks simulator for tests and demos: a local HTTP server that plays Maskinporten's token endpoint,
 * SvarUt (sending API v2), SvarInn (receiving API v1 and v2) and Fiks Innsyn (index v2, delete, search, lookup), with the wire formats of
 * the published Fiks specifications and Fiks error bodies.
 *
 * <pre>{@code
 * try (FiksSimulator simulator = FiksSimulator.start()) {
 *     URI svarUt = simulator.svarUtBaseUrl();      // http://127.0.0.1:<port>/tjenester/
 *     URI fiksApi = simulator.fiksApiBaseUrl();    // http://127.0.0.1:<port>/
 *     ...
 * }
 * }</pre>
 *
 * <p>It listens on the loopback interface only, accepts the {@link #credentials() demo credentials} from the
 * start, and keeps everything in memory. The service objects ({@link #svarUt()}, {@link #svarInn()}, {@link #innsyn()},
 * {@link #maskinporten()}, {@link #faults()}) feed it data, register more credentials and tell tests what
 * happened. It is thread-safe. Use {@link FiksSimulatorExtension} to get one per JUnit 5 test class.
 *
 * <p>Unless already set, it sets the JDK HTTP server's system property {@code sun.net.httpserver.nodelay} to
 * {@code true} before its first server starts: without TCP_NODELAY every small response on loopback waits
 * about 40 ms for a delayed ACK.
 */
public final class FiksSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FiksSimulator.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final SimulatorCredentials credentials = new SimulatorCredentials();
    private final FaultInjector faults = new FaultInjector();
    private final MaskinportenSimulator maskinporten;
    private final SvarInnSimulator svarInn = new SvarInnSimulator();
    private final SvarUtSimulator svarUt = new SvarUtSimulator(svarInn);
    private final FiksAuthorization authorization;
    private final InnsynSimulator innsyn;

    private FiksSimulator(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        baseUrl = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/");
        try {
            TokenService tokens = new TokenService(DemoKeys.TOKEN_SIGNING, maskinportenAudience(),
                    baseUrl.resolve("idporten/").toString());
            maskinporten = new MaskinportenSimulator(tokens, maskinportenAudience());
            authorization = new FiksAuthorization(tokens);
            innsyn = new InnsynSimulator(authorization, tokens);
            registerDemoCredentials();
            server.createContext("/", router());
        } catch (RuntimeException | Error e) {
            server.stop(0);
            throw e;
        }
        executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.start();
        LOG.info("Fiks simulator listening on {}", baseUrl);
    }

    private SimulatorRouter router() {
        SimulatorRouter router = new SimulatorRouter(faults)
                .route("POST", maskinportenTokenUrl().getPath(), new MaskinportenTokenEndpoint(maskinporten));
        new SvarInnEndpoints(svarInn, svarUtBaseUrl()).register(router);
        new SvarUtEndpoints(svarUt, authorization, svarUtApiBaseUrl()).register(router);
        new InnsynIndexEndpoints(innsyn).register(router);
        new InnsynSokEndpoints(innsyn).register(router);
        new InnsynOppslagEndpoints(innsyn).register(router);
        return router;
    }

    /**
     * Starts a simulator on a free loopback port.
     *
     * @return the running simulator; close it when done
     * @throws UncheckedIOException if the server cannot be started
     */
    public static FiksSimulator start() {
        return builder().build();
    }

    /**
     * Starts configuring a simulator, for a fixed port.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The root of the simulator's server.
     *
     * @return {@code http://127.0.0.1:<port>/}
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The base URL for SvarInn clients, in place of {@code https://svarut.ks.no/tjenester/}; the SvarInn paths
     * ({@code svarinn/...}) are below it.
     *
     * @return {@code http://127.0.0.1:<port>/tjenester/}
     */
    public URI svarUtBaseUrl() {
        return baseUrl.resolve("tjenester/");
    }

    /**
     * The base URL for SvarUt clients (sending), in place of {@code https://svarut.ks.no/api/}; the SvarUt v2 paths
     * ({@code v2/...}) are below it, and SvarUt's certificate is at {@code /forsendelse/publickey/hent}.
     *
     * @return {@code http://127.0.0.1:<port>/api/}
     */
    public URI svarUtApiBaseUrl() {
        return baseUrl.resolve("api/");
    }

    /**
     * The base URL for Fiks API clients, in place of {@code https://api.fiks.ks.no/}; the Innsyn paths
     * ({@code innsyn-index/...}, {@code innsyn-sok/...}) are below it.
     *
     * @return {@code http://127.0.0.1:<port>/}
     */
    public URI fiksApiBaseUrl() {
        return baseUrl;
    }

    /**
     * The Maskinporten token endpoint, in place of {@code https://maskinporten.no/token}.
     *
     * @return {@code http://127.0.0.1:<port>/maskinporten/token}
     */
    public URI maskinportenTokenUrl() {
        return baseUrl.resolve("maskinporten/token");
    }

    /**
     * The audience Maskinporten JWT grants must name, in place of {@code https://maskinporten.no/}; it is also
     * the {@code iss} of the access tokens.
     *
     * @return {@code http://127.0.0.1:<port>/maskinporten/}
     */
    public String maskinportenAudience() {
        return baseUrl.resolve("maskinporten/").toString();
    }

    /**
     * The demo credentials the simulator accepts from the start.
     *
     * @return the demo values and key material
     */
    public SimulatorCredentials credentials() {
        return credentials;
    }

    /**
     * The simulated Maskinporten: register clients, issue tokens directly.
     *
     * @return the Maskinporten service of this simulator
     */
    public MaskinportenSimulator maskinporten() {
        return maskinporten;
    }

    /**
     * The simulated SvarInn: register mottakersystemer, queue forsendelser, read their status.
     *
     * @return the SvarInn service of this simulator
     */
    public SvarInnSimulator svarInn() {
        return svarInn;
    }

    /**
     * The simulated SvarUt: what was sent through it, kontoer, receiving systems, failures after a send.
     *
     * @return the SvarUt service of this simulator
     */
    public SvarUtSimulator svarUt() {
        return svarUt;
    }

    /**
     * The simulated Fiks Innsyn: register integrasjoner, issue person tokens, read the index.
     *
     * @return the Innsyn service of this simulator
     */
    public InnsynSimulator innsyn() {
        return innsyn;
    }

    /**
     * The fault queue: errors, delays and dropped connections for the next matching requests.
     *
     * @return the fault injector of this simulator
     */
    public FaultInjector faults() {
        return faults;
    }

    /**
     * Describes the running simulator for people: its URLs and the demo credentials, secrets included (they are
     * local demo values), as a command-line tool prints it.
     *
     * @return several lines of text
     */
    public String describe() {
        return SimulatorDescription.of(this);
    }

    /** Stops the server at once, closing open connections; the simulator cannot be restarted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("Fiks simulator on {} stopped", baseUrl);
    }

    @Override
    public String toString() {
        return "FiksSimulator{" + baseUrl + "}";
    }

    private void registerDemoCredentials() {
        maskinporten.registerClient(credentials.maskinportenClientId(), credentials.maskinportenCertificate());
        innsyn.registerIntegrasjon(credentials.integrasjonId(), credentials.integrasjonPassord());
        svarInn.registerMottaker(credentials.svarInnMottakerId(), credentials.svarInnMottakerPassord(),
                credentials.svarInnCertificate());
        svarUt.registerKonto(credentials.svarUtKontoId());
        svarUt.registerMottakersystem(credentials.svarUtMottakerOrgnr(), credentials.svarInnMottakerId(), null, 4);
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "fiks-simulator-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a {@link FiksSimulator}; {@link #build()} starts it. */
    public static final class Builder {
        private int port;

        private Builder() {
        }

        /**
         * Sets the loopback port to listen on; the default 0 picks a free one.
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Starts the simulator.
         *
         * @return the running simulator; close it when done
         * @throws UncheckedIOException if the port cannot be bound
         */
        public FiksSimulator build() {
            try {
                return new FiksSimulator(port);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the Fiks simulator on port " + port, e);
            }
        }
    }
}
