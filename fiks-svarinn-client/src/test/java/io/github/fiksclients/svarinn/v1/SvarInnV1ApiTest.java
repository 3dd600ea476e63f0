package io.github.fiksclients.svarinn.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.svarinn.GeneratedApis;
import io.github.fiksclients.svarinn.v1.api.SvarInnApi;
import io.github.fiksclients.svarinn.v1.model.Forsendelse;
import io.github.fiksclients.svarinn.v1.model.ImportFeil;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SvarInnV1ApiTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private SvarInnApi api;

    @BeforeEach
    void createApi() {
        api = GeneratedApis.create(server, SvarInnApi.class);
    }

    @Test
    void hentNyeForsendelserGetsTheListWithFileMetadata() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8").body("""
                [{"id": "c0ffee00-0000-4000-8000-000000000001", "tittel": "Invoice", "date": 1714557600000,
                  "status": "Ikke lest", "niva": "3", "downloadUrl": "https://svarut.example/dl/1",
                  "mottaker": {"navn": "Fjordvik kommune"},
                  "filmetadata": [{"filnavn": "faktura.pdf", "mimetype": "application/pdf",
                                   "sha256hash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 4}],
                  "somethingNew": 42}]
                """).build());

        List<Forsendelse> forsendelser = api.hentNyeForsendelser().execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/mottaker/hentNyeForsendelser");
        Forsendelse forsendelse = forsendelser.get(0);
        assertThat(forsendelse.getDate()).isEqualTo(1714557600000L);
        assertThat(forsendelse.getFilmetadata()).singleElement().satisfies(fil -> {
            assertThat(fil.getFilnavn()).isEqualTo("faktura.pdf");
            assertThat(fil.getSha256hash()).startsWith("9f86d0");
            assertThat(fil.getSize()).isEqualTo(4L);
        });
    }

    @Test
    void hentForsendelsefilGetsTheFileOfTheForsendelse() throws Exception {
        server.enqueue(new MockResponse.Builder().body("encrypted").build());

        api.hentForsendelsefil("c0ffee00").execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/forsendelse/c0ffee00");
    }

    @Test
    void settForsendelseMottattPostsToKvitterMottak() throws Exception {
        server.enqueue(new MockResponse.Builder().build());

        api.settForsendelseMottatt("c0ffee00").execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/kvitterMottak/forsendelse/c0ffee00");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void settImportFeiletPostsTheReasonToMottakFeilet() throws Exception {
        server.enqueue(new MockResponse.Builder().build());

        api.settImportFeilet("c0ffee00",
                new ImportFeil().feilmelding("archive is read-only").permanent(true)).execute();

        RecordedRequest request = GeneratedApis.takeAuthenticated(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn/mottakFeilet/forsendelse/c0ffee00");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("feilmelding").getAsString()).isEqualTo("archive is read-only");
        assertThat(body.get("permanent").getAsBoolean()).isTrue();
    }
}
