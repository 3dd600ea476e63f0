package io.github.fiksclients.svarinn.svarinn2.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.svarinn.GeneratedApis;
import io.github.fiksclients.svarinn.svarinn2.v1.api.SvarInnApi;
import io.github.fiksclients.svarinn.svarinn2.v1.model.BadRequestKvittering;
import io.github.fiksclients.svarinn.svarinn2.v1.model.ExpiredKvittering;
import io.github.fiksclients.svarinn.svarinn2.v1.model.FeiletKvittering;
import io.github.fiksclients.svarinn.svarinn2.v1.model.MeldingRespons;
import io.github.fiksclients.svarinn.svarinn2.v1.model.MottattKvittering;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SvarInn2ApiTest {

    private static final UUID AVSENDER = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final UUID MOTTAKER = UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa");
    private static final UUID MELDING = UUID.fromString("bbbbbbbb-cccc-4ddd-8eee-ffffffffffff");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private SvarInnApi api;

    @BeforeEach
    void createApi() {
        api = GeneratedApis.create(server, SvarInnApi.class);
    }

    private void respondWithMeldingId() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body("{\"meldingId\": \"" + MELDING + "\"}")
                .build());
    }

    @Test
    void sendMeldingUploadsTheFileAndFieldsAsMultipartParts() throws Exception {
        respondWithMeldingId();
        MultipartBody.Part file = MultipartBody.Part.createFormData("file", "melding.zip",
                RequestBody.create(new byte[] {1, 2, 3, 4}, MediaType.get("application/zip")));

        MeldingRespons respons = api.sendMelding(file, AVSENDER.toString(), MOTTAKER.toString(),
                "no.ks.fiks.test", null, 3600L).execute();

        RecordedRequest request = GeneratedApis.takeAsIntegrasjon(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn2/api/v1/send");
        String contentType = request.getHeaders().get("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String body = request.getBody().string(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(body)
                .contains("Content-Disposition: form-data; name=\"avsenderKontoId\"\r\n")
                .contains("\r\n\r\n" + AVSENDER + "\r\n")
                .contains("name=\"mottakerKontoId\"")
                .contains("\r\n\r\n" + MOTTAKER + "\r\n")
                .contains("name=\"meldingType\"")
                .contains("\r\n\r\nno.ks.fiks.test\r\n")
                .contains("name=\"ttl\"")
                .contains("\r\n\r\n3600\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"melding.zip\"")
                .contains("Content-Type: application/zip")
                .contains("\u0001\u0002\u0003\u0004")
                .doesNotContain("svarPaMelding");
        assertThat(respons.getMeldingId()).isEqualTo(MELDING);
    }

    @Test
    void kvitterMottattPostsTheReceipt() throws Exception {
        respondWithMeldingId();

        api.kvitterMottatt(new MottattKvittering()
                .avsenderId(AVSENDER).kvitteringsMottakerId(MOTTAKER).kvitteringForMeldingId(MELDING)).execute();

        RecordedRequest request = GeneratedApis.takeAsIntegrasjon(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn2/api/v1/kvittering/mottatt");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("avsenderId").getAsString()).isEqualTo(AVSENDER.toString());
        assertThat(body.get("kvitteringsMottakerId").getAsString()).isEqualTo(MOTTAKER.toString());
        assertThat(body.get("kvitteringForMeldingId").getAsString()).isEqualTo(MELDING.toString());
    }

    @Test
    void kvitterFeiletPostsTheReceiptWithTheReason() throws Exception {
        respondWithMeldingId();

        MeldingRespons respons = api.kvitterFeilet(new FeiletKvittering()
                .avsenderId(AVSENDER).kvitteringsMottakerId(MOTTAKER).kvitteringForMeldingId(MELDING)
                .melding("could not import").feilid("E-17")).execute();

        RecordedRequest request = GeneratedApis.takeAsIntegrasjon(server);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn2/api/v1/kvittering/feilet");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("melding").getAsString()).isEqualTo("could not import");
        assertThat(body.get("feilid").getAsString()).isEqualTo("E-17");
        assertThat(respons.getMeldingId()).isEqualTo(MELDING);
    }

    @Test
    void kvitterBadRequestPostsTheReceipt() throws Exception {
        respondWithMeldingId();

        api.kvitterBadRequest(new BadRequestKvittering()
                .avsenderId(AVSENDER).kvitteringForMeldingId(MELDING).melding("malformed payload")).execute();

        RecordedRequest request = GeneratedApis.takeAsIntegrasjon(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn2/api/v1/kvittering/badRequest");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("melding").getAsString()).isEqualTo("malformed payload");
        assertThat(body.has("kvitteringsMottakerId")).isFalse();
    }

    @Test
    void theExpiredReceiptOperationPostsItsBody() throws Exception {
        server.enqueue(new MockResponse.Builder().build());

        api.getTest(new ExpiredKvittering().avsenderId(AVSENDER).kvitteringForMeldingId(MELDING)).execute();

        RecordedRequest request = GeneratedApis.takeAsIntegrasjon(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/tjenester/svarinn2/api/v1/expiredKvittering/doNotUse");
        JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
        assertThat(body.get("avsenderId").getAsString()).isEqualTo(AVSENDER.toString());
    }
}
