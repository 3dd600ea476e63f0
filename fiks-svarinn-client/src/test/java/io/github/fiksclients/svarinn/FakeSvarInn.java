package io.github.fiksclients.svarinn;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.svarinn.TestForsendelse.FileMeta;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A SvarInn (v1 or v2) for tests, as a JUnit extension around a MockWebServer. It lists what was offered to it, in
 * order and at most {@link #maxPerPoll(int)} (200) at a time, until that is acknowledged or reported as permanently
 * failed, so a failed forsendelse is offered again as by the real service; it serves downloads; and it writes every
 * request into one {@link #timeline()}, where handlers write too, so tests can assert the order.
 *
 * <p>Events: {@code poll}, {@code download <id>}, {@code MOTTATT <id>}, {@code FEILET <id>}, and
 * {@code unauthorized} for a request without the receiving system's Basic credentials.
 */
public final class FakeSvarInn extends Dispatcher implements BeforeEachCallback, AfterEachCallback {

    /** The receiving system's id. */
    public static final String MOTTAKERSYSTEM = "mottakersystem-7";

    /** Its password. */
    public static final String PASSORD = "passord-Qx3-hemmelig";

    /** The Authorization header every request must carry. */
    public static final String BASIC = Credentials.basic(MOTTAKERSYSTEM, PASSORD);

    private final SvarInnApiVersion version;
    private final Map<String, Offer> offered = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Feil>> reports = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Deque<Integer>> injectedStatuses = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile int maxPerPoll = 200;
    private MockWebServer server;

    /** A failure report as SvarInn received it. */
    public record Feil(String feilmelding, boolean permanent) {
    }

    private record Offer(JsonObject metadata, Supplier<MockResponse> download) {
    }

    /** Creates the fake for one API version. */
    public FakeSvarInn(SvarInnApiVersion version) {
        this.version = version;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(this);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    /** A client builder aimed at this fake, with the receiving system's key and fast retries. */
    public SvarInnClient.Builder client(KeyMaterial privateKey) {
        return SvarInnClient.builder()
                .baseUrl(server.url("/tjenester/").toString())
                .mottakersystem(MOTTAKERSYSTEM, Secret.of(PASSORD))
                .privateKey(privateKey)
                .apiVersion(version)
                .readTimeout(Duration.ofSeconds(20))
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build());
    }

    /** Offers a well-made forsendelse with metadata that matches it. */
    public void offer(TestForsendelse forsendelse) {
        offer(forsendelse.id(), forsendelse.metadata(), () -> envelope(forsendelse.envelope()));
    }

    /** Offers a forsendelse with the given metadata and download. */
    public void offer(String id, List<FileMeta> files, Supplier<MockResponse> download) {
        offered.put(id, new Offer(metadata(id, files), download));
    }

    /** Lists at most this many forsendelser per poll, as the real SvarInn lists at most 200. */
    public void maxPerPoll(int max) {
        this.maxPerPoll = max;
    }

    /** Answers the next {@code count} occurrences of an event (such as {@code MOTTATT <id>}) with an error status. */
    public void failNext(String event, int status, int count) {
        Deque<Integer> statuses = injectedStatuses.computeIfAbsent(event, e -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            statuses.add(status);
        }
    }

    /** Writes an event of the test (such as a handler's) into the timeline. */
    public void record(String event) {
        timeline.add(event);
    }

    /** Everything that happened, in order. */
    public List<String> timeline() {
        synchronized (timeline) {
            return List.copyOf(timeline);
        }
    }

    /** The failure reports received for a forsendelse. */
    public List<Feil> reports(String id) {
        return List.copyOf(reports.getOrDefault(id, List.of()));
    }

    /** The server, for URLs. */
    public MockWebServer server() {
        return server;
    }

    /** A download response with the given envelope. */
    public static MockResponse envelope(byte[] envelope) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/octet-stream")
                .body(new Buffer().write(envelope))
                .build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!BASIC.equals(request.getHeaders().get("Authorization"))) {
            timeline.add("unauthorized");
            return new MockResponse.Builder().code(401).build();
        }
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        if (version == SvarInnApiVersion.V2) {
            return dispatchV2(method, path, request);
        }
        return dispatchV1(method, path, request);
    }

    private MockResponse dispatchV2(String method, String path, RecordedRequest request) {
        String prefix = "/tjenester/svarinn/v2/forsendelser";
        if (method.equals("GET") && path.equals(prefix)) {
            return poll();
        }
        if (method.equals("GET") && path.startsWith(prefix + "/")) {
            return download(path.substring(prefix.length() + 1));
        }
        if (method.equals("PATCH") && path.startsWith(prefix + "/") && path.endsWith("/status")) {
            String id = path.substring(prefix.length() + 1, path.length() - "/status".length());
            JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
            String status = body.get("status").getAsString();
            JsonObject feil = body.has("feil") ? body.getAsJsonObject("feil") : null;
            return statusUpdate(status, id, feil);
        }
        return new MockResponse.Builder().code(404).build();
    }

    private MockResponse dispatchV1(String method, String path, RecordedRequest request) {
        if (method.equals("GET") && path.equals("/tjenester/svarinn/mottaker/hentNyeForsendelser")) {
            return poll();
        }
        if (method.equals("GET") && path.startsWith("/tjenester/svarinn/forsendelse/")) {
            return download(path.substring("/tjenester/svarinn/forsendelse/".length()));
        }
        String kvitterMottak = "/tjenester/svarinn/kvitterMottak/forsendelse/";
        if (method.equals("POST") && path.startsWith(kvitterMottak)) {
            return statusUpdate("MOTTATT", path.substring(kvitterMottak.length()), null);
        }
        String mottakFeilet = "/tjenester/svarinn/mottakFeilet/forsendelse/";
        if (method.equals("POST") && path.startsWith(mottakFeilet)) {
            return statusUpdate("FEILET", path.substring(mottakFeilet.length()),
                    JsonParser.parseString(request.getBody().utf8()).getAsJsonObject());
        }
        return new MockResponse.Builder().code(404).build();
    }

    private MockResponse poll() {
        timeline.add("poll");
        JsonArray list = new JsonArray();
        synchronized (offered) {
            offered.values().stream().limit(maxPerPoll).forEach(offer -> list.add(offer.metadata()));
        }
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(list.toString()).build();
    }

    private MockResponse download(String id) {
        String event = "download " + id;
        timeline.add(event);
        Offer offer = offered.get(id);
        if (offer == null) {
            return new MockResponse.Builder().code(404).build();
        }
        MockResponse injected = injected(event);
        return injected != null ? injected : offer.download().get();
    }

    private MockResponse statusUpdate(String status, String id, JsonObject feil) {
        String event = status + " " + id;
        timeline.add(event);
        MockResponse injected = injected(event);
        if (injected != null) {
            return injected;
        }
        if (status.equals("MOTTATT")) {
            offered.remove(id);
        } else if (feil != null) {
            Feil report = new Feil(feil.get("feilmelding").getAsString(), feil.get("permanent").getAsBoolean());
            reports.computeIfAbsent(id, key -> Collections.synchronizedList(new ArrayList<>())).add(report);
            if (report.permanent()) {
                offered.remove(id);
            }
        }
        return new MockResponse.Builder().code(200).build();
    }

    private MockResponse injected(String event) {
        Deque<Integer> statuses = injectedStatuses.get(event);
        Integer status = statuses == null ? null : statuses.poll();
        return status == null ? null : new MockResponse.Builder().code(status).build();
    }

    /** The metadata SvarInn lists for a forsendelse, as the fake's version names it. */
    private JsonObject metadata(String id, List<FileMeta> files) {
        boolean v2 = version == SvarInnApiVersion.V2;
        JsonObject forsendelse = new JsonObject();
        forsendelse.addProperty("id", id);
        forsendelse.addProperty("tittel", "Vedtak om byggesak " + id);
        JsonObject avsender = new JsonObject();
        avsender.addProperty("navn", "Fjordvik kommune");
        forsendelse.add("avsender", avsender);
        if (v2) {
            forsendelse.addProperty("dato", "2024-05-01T12:30:00+02:00");
            forsendelse.addProperty("sikkerhetsniva", "BETYDELIG");
            forsendelse.addProperty("nedlastingslenke",
                    server.url("/tjenester/svarinn/v2/forsendelser/" + id).toString());
        } else {
            forsendelse.addProperty("date", 1714559400000L);
            forsendelse.addProperty("status", "Ikke lest");
            forsendelse.addProperty("niva", "4");
            forsendelse.addProperty("downloadUrl", server.url("/tjenester/svarinn/forsendelse/" + id).toString());
        }
        JsonArray list = new JsonArray();
        for (FileMeta file : files) {
            JsonObject fil = new JsonObject();
            fil.addProperty("filnavn", file.filnavn());
            fil.addProperty(v2 ? "mimeType" : "mimetype", "application/octet-stream");
            fil.addProperty(v2 ? "hash" : "sha256hash", file.sha256());
            fil.addProperty(v2 ? "storrelse" : "size", file.size());
            list.add(fil);
        }
        forsendelse.add(v2 ? "filer" : "filmetadata", list);
        return forsendelse;
    }
}
