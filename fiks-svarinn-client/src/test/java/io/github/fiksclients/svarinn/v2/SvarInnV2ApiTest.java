package io.github.fiksclients.svarinn.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.svarinn.GeneratedApis;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Feil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.Statusoppdatering;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SvarInnV2ApiTest {

    private static final String FORSENDELSER = """
            [{
              "id": "0b6f5a52-1f7e-4d36-9a52-3c3e7f0d2a11",
              "tittel": "Building permit decision",
              "dato": "2024-05-01T12:30:00+02:00",
              "sikkerhetsniva": "BETYDELIG",
              "nedlastingslenke": "https://svarut.example/download/0b6f5a52",
              "mottaker": {"orgnr": "999888777", "navn": "Fjordvik kommune"},
              "filer": [{"filnavn": "vedtak.pdf", "mimeType": "application/pdf", "hash": "ab12", "storrelse": 2048}],
              "aNewPropertyTheSpecDoesNotKnow": {"nested": true}
            }, {
              "id": "5e0c2b8d-9a4f-4c61-8d3e-2f1a7b6c5d40",
              "tittel": "Letter",
              "dato": "2024-05-02T08:00:00Z",
              "sikkerhetsniva": "A_LEVEL_INTRODUCED_LATER",
              "nedlastingslenke": "https://svarut.example/download/5e0c2b8d",
              "mottaker": {"navn": "Fjordvik kommune"},
              "filer": []
            }]
            """;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private SvarInnApi api;

    @BeforeEach
    void createApi() {
        api = GeneratedApis.create(server, SvarInnApi.class);
    }

    @Test
    void hentNyeForsendelserGetsTheListAndDecodesDatesWithOffsets() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(FORSENDELSER).build());

        List<Forsendelse> forsendelser = api.hentNyeForsendelser().execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/v2/forsendelser");
        assertThat(forsendelser).hasSize(2);
        Forsendelse first = forsendelser.get(0);
        assertThat(first.getId()).isEqualTo(UUID.fromString("0b6f5a52-1f7e-4d36-9a52-3c3e7f0d2a11"));
        assertThat(first.getDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(first.getDato().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(first.getSikkerhetsniva()).isEqualTo(Forsendelse.SikkerhetsnivaEnum.BETYDELIG);
        assertThat(first.getFiler()).singleElement().satisfies(fil -> {
            assertThat(fil.getFilnavn()).isEqualTo("vedtak.pdf");
            assertThat(fil.getStorrelse()).isEqualTo(2048L);
        });
        assertThat(first.getMottaker().getNavn()).isEqualTo("Fjordvik kommune");
    }

    @Test
    void anUnknownEnumValueDecodesToTheUnknownCaseInsteadOfFailing() throws Exception {
        server.enqueue(new MockResponse.Builder().body(FORSENDELSER).build());

        List<Forsendelse> forsendelser = api.hentNyeForsendelser().execute();

        assertThat(forsendelser.get(1).getSikkerhetsniva())
                .isEqualTo(Forsendelse.SikkerhetsnivaEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(forsendelser.get(1).getDato()).isEqualTo(OffsetDateTime.of(2024, 5, 2, 8, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void dateTimesWithACompactOffsetOrNoOffsetStillDecodeTheLatterAsOsloTime() throws Exception {
        server.enqueue(new MockResponse.Builder().body("""
                [{"id": "0b6f5a52-1f7e-4d36-9a52-3c3e7f0d2a11", "dato": "2024-05-01T12:30:00.125+0200"},
                 {"id": "5e0c2b8d-9a4f-4c61-8d3e-2f1a7b6c5d40", "dato": "2024-05-01T10:30:00"}]
                """).build());

        List<Forsendelse> forsendelser = api.hentNyeForsendelser().execute();

        assertThat(forsendelser.get(0).getDato())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 125_000_000, ZoneOffset.ofHours(2)));
        assertThat(forsendelser.get(1).getDato()).isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 30, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void lastNedFilerReturnsBeforeTheWholeBodyHasArrived() throws Exception {
        // 256 KiB sent at 1 KiB per second: the whole body takes minutes, far beyond the call timeout below,
        // so a client that buffers the body before returning fails instead of passing slowly.
        Buffer envelope = new Buffer().write(new byte[256 * 1024]);
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/octet-stream")
                .body(envelope)
                .throttleBody(1024, 1, TimeUnit.SECONDS)
                .build());
        SvarInnApi impatient = GeneratedApis.create(server, SvarInnApi.class, Duration.ofSeconds(20));

        try (ResponseBody body = impatient.lastNedFiler("0b6f5a52-1f7e-4d36-9a52-3c3e7f0d2a11").execute();
                InputStream in = body.byteStream()) {
            assertThat(body.contentLength()).isEqualTo(256 * 1024);
            assertThat(in.readNBytes(1024)).hasSize(1024);
        }

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/tjenester/svarinn/v2/forsendelser/0b6f5a52-1f7e-4d36-9a52-3c3e7f0d2a11");
    }

    @Test
    void oppdaterStatusPatchesMottatt() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());

        api.oppdaterStatus("0b6f5a52",
                new Statusoppdatering().status(Statusoppdatering.StatusEnum.MOTTATT)).execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/v2/forsendelser/0b6f5a52/status");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.keySet()).containsExactly("status");
        assertThat(body.get("status").getAsString()).isEqualTo("MOTTATT");
    }

    @Test
    void oppdaterStatusPatchesFeiletWithReasonAndPermanence() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());

        api.oppdaterStatus("5e0c2b8d", new Statusoppdatering()
                        .status(Statusoppdatering.StatusEnum.FEILET)
                        .feil(new Feil().feilmelding("checksum mismatch for vedtak.pdf").permanent(false)))
                .execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("status").getAsString()).isEqualTo("FEILET");
        JsonObject feil = body.getAsJsonObject("feil");
        assertThat(feil.get("feilmelding").getAsString()).isEqualTo("checksum mismatch for vedtak.pdf");
        assertThat(feil.get("permanent").getAsBoolean()).isFalse();
    }
}
