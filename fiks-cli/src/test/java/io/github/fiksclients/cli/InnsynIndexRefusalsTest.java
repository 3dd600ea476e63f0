package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fiks innsyn index} against an Innsyn index that is not the simulator: a plain HTTP server that answers 400,
 * with nothing written, to every request holding one particular melding, as a service that checks more than the
 * client can. Maskinporten is the simulator's.
 */
class InnsynIndexRefusalsTest extends AgainstTheSimulator {

    private static final String PATH = "/innsyn-index/api/v2/indexRequest";

    @TempDir
    Path work;

    private HttpServer innsyn;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startInnsyn() throws IOException {
        innsyn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        innsyn.createContext(PATH, this::index);
        innsyn.start();
    }

    @AfterEach
    void stopInnsyn() {
        innsyn.stop(0);
    }

    private void index(HttpExchange exchange) throws IOException {
        List<String> ids = new ArrayList<>();
        JsonElement body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        body.getAsJsonObject().getAsJsonArray("meldinger")
                .forEach(melding -> ids.add(melding.getAsJsonObject().get("meldingId").getAsString()));
        boolean refuse = ids.stream().anyMatch(refused::contains);
        if (!refuse) {
            indexed.addAll(ids);
        }
        byte[] answer = (refuse
                ? "{\"status\": 400, \"error\": \"Bad Request\", \"errorId\": \"5e0d1c3a-0000-4000-8000-000000000042\", "
                        + "\"message\": \"En melding i batchen er ugyldig\"}"
                : "{\"opprettet\": " + ids.size() + ", \"oppdatert\": 0, \"manglerSamtykke\": 0}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(refuse ? 400 : 200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Test
    void indexesThe12000OthersNamesTheRefusedMeldingWithItsLineAndExits1() throws IOException {
        List<String> lines = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12_001; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            lines.add(meldingLine(id, "01017012345", "Melding " + i));
        }
        UUID invalid = ids.get(9_876);
        refused.add(invalid.toString());
        Path file = Files.write(work.resolve("meldinger.jsonl"), lines);
        Map<String, String> variables = simulatorVariables();

        CliRun run = CliRun.run(variables, "innsyn", "index", "--url", "http://127.0.0.1:" + innsyn.getAddress().getPort()
                + "/", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(indexed).hasSize(12_000).doesNotContain(invalid.toString());
        assertThat(run.out()).contains("Indexed 12000 meldinger in 3 batches", "Not indexed: 1 line",
                "  line 9877: meldingId " + invalid + ": Innsyn refused it: 400 ", "En melding i batchen er ugyldig",
                "5e0d1c3a-0000-4000-8000-000000000042");
        assertThat(run.out()).doesNotContain("Stopped");
    }

    @Test
    void indexesMeldingMetadataGivenAsAnObjectAndAsBase64InOneFile() throws IOException {
        UUID asObject = UUID.randomUUID();
        UUID asBase64 = UUID.randomUUID();
        UUID asMetadata = UUID.randomUUID();
        String base64 = Base64.getEncoder().encodeToString(forsendelse("Base64").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(work.resolve("meldinger.jsonl"), List.of(
                meldingLine(asObject, "01017012345", "Objekt").replace("\"metadata\"", "\"meldingMetadata\""),
                meldingLine(asBase64, "01017012345", "x").replaceFirst("\"metadata\": \\{.*}}$",
                        "\"meldingMetadata\": \"" + base64 + "\"}"),
                meldingLine(asMetadata, "01017012345", "Metadata")));

        CliRun run = CliRun.run(simulatorVariables(), "innsyn", "index", "--url", "http://127.0.0.1:"
                + innsyn.getAddress().getPort() + "/", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(indexed).containsExactlyInAnyOrder(asObject.toString(), asBase64.toString(), asMetadata.toString());
    }
}
