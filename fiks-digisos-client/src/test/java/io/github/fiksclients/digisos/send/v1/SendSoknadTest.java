package io.github.fiksclients.digisos.send.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.digisos.send.v1.api.SoknadOgEttersendelseV1Api;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.MultipartReader;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Digisos send through the generated calls: the published file leaves the request bodies out, and our patch states
 * them (see specs/README.md). A submission carries the applicant's token and the integration's headers, and its
 * multipart body the parts the service reads: the JSON documents first, then the parts of each document under the
 * names the caller gives them.
 */
class SendSoknadTest {

    private static final String INTEGRASJON_ID = "0b7e5d2c-4a19-4f83-9c6e-1d2a3b4c5d6e";
    private static final String INTEGRASJON_PASSORD = "digisos-send-integrasjon-passord";
    private static final String CITIZEN_TOKEN = "digisos-applicant-idporten-token";
    private static final UUID DIGISOS_ID = UUID.fromString("6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private MockWebServer server;
    private FiksClient fiks;
    private SoknadOgEttersendelseV1Api digisos;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        fiks = FiksClient.builder()
                .baseUrl(server.url("/"))
                .authentication(FiksAuthentication.person(INTEGRASJON_ID, Secret.of(INTEGRASJON_PASSORD),
                        () -> Secret.of(CITIZEN_TOKEN)))
                .build();
        digisos = fiks.create(SoknadOgEttersendelseV1Api.class);
    }

    @AfterEach
    void stop() {
        fiks.close();
        server.close();
    }

    @Test
    void aSoknadSendsItsJsonDocumentsThenEachDocumentsMetadataAndFileAsTheApplicant() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).setHeader("Content-Type", "application/json")
                .body("\"" + DIGISOS_ID + "\"").build());
        JsonObject tilleggsinformasjon = JsonParser.parseString("{\"enhetsnummer\":\"0301\"}").getAsJsonObject();
        Map<String, Object> soknad = Map.of("versjon", "1.0.0", "soknad", Map.of("mottaker", "NAV Grünerløkka"));
        JsonObject vedlegg = JsonParser.parseString("{\"vedlegg\":[{\"type\":\"lonnslipp\"}]}").getAsJsonObject();
        List<MultipartBody.Part> dokumenter = List.of(
                MultipartBody.Part.createFormData("metadata0", "{\"filnavn\":\"lonnslipp.pdf\"}"),
                MultipartBody.Part.createFormData("dokument0", "lonnslipp.pdf",
                        RequestBody.create("encrypted pdf bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8), OCTET_STREAM)));

        UUID id = digisos.sendSoknad("0301", "nav-2024_000017", tilleggsinformasjon, soknad, vedlegg, dokumenter)
                .execute();

        assertThat(id).isEqualTo(DIGISOS_ID);
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/digisos/api/v1/soknader/0301/nav-2024_000017");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + CITIZEN_TOKEN);
        assertThat(sent.getHeaders().get("IntegrasjonId")).isEqualTo(INTEGRASJON_ID);
        assertThat(sent.getHeaders().get("IntegrasjonPassord")).isEqualTo(INTEGRASJON_PASSORD);
        List<Part> parts = parts(sent);
        assertThat(parts).extracting(Part::name).containsExactly(
                "tilleggsinformasjonJson", "soknadJson", "vedleggJson", "metadata0", "dokument0");
        assertThat(parts.subList(0, 3)).extracting(Part::contentType).allMatch(type -> type.startsWith("application/json"));
        assertThat(JsonParser.parseString(parts.get(0).body())).isEqualTo(tilleggsinformasjon);
        assertThat(JsonParser.parseString(parts.get(1).body()))
                .isEqualTo(JsonParser.parseString("{\"versjon\":\"1.0.0\",\"soknad\":{\"mottaker\":\"NAV Grünerløkka\"}}"));
        assertThat(JsonParser.parseString(parts.get(2).body())).isEqualTo(vedlegg);
        assertThat(parts.get(3).body()).isEqualTo("{\"filnavn\":\"lonnslipp.pdf\"}");
        assertThat(parts.get(4).disposition()).contains("filename=\"lonnslipp.pdf\"");
        assertThat(parts.get(4).contentType()).isEqualTo("application/octet-stream");
        assertThat(parts.get(4).body()).isEqualTo("encrypted pdf bytes");
    }

    @Test
    void anEttersendelseSendsItsSpecificationThenEachDocumentsParts() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).build());
        JsonObject vedleggJson = JsonParser.parseString("{\"vedlegg\":[{\"type\":\"husleie\"}]}").getAsJsonObject();
        List<MultipartBody.Part> dokumenter = List.of(
                MultipartBody.Part.createFormData("vedleggSpesifikasjon:0", "{\"filnavn\":\"kontrakt.pdf\"}"),
                MultipartBody.Part.createFormData("dokument:0", "kontrakt.pdf",
                        RequestBody.create("encrypted contract".getBytes(java.nio.charset.StandardCharsets.UTF_8), OCTET_STREAM)));

        digisos.ettersendInfo("0301", DIGISOS_ID, "nav-2024_000018", vedleggJson, dokumenter).execute();

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath())
                .isEqualTo("/digisos/api/v1/soknader/0301/" + DIGISOS_ID + "/nav-2024_000018");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + CITIZEN_TOKEN);
        List<Part> parts = parts(sent);
        assertThat(parts).extracting(Part::name)
                .containsExactly("vedlegg.json", "vedleggSpesifikasjon:0", "dokument:0");
        assertThat(JsonParser.parseString(parts.get(0).body())).isEqualTo(vedleggJson);
        assertThat(parts.get(2).body()).isEqualTo("encrypted contract");
    }

    private static List<Part> parts(RecordedRequest sent) throws IOException {
        MediaType type = MediaType.get(sent.getHeaders().get("Content-Type"));
        assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
        List<Part> parts = new ArrayList<>();
        Buffer body = new Buffer().write(sent.getBody());
        try (MultipartReader reader = new MultipartReader(body, type.parameter("boundary"))) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = part.headers().get("Content-Disposition");
                String name = disposition.replaceFirst(".*\\bname=\"([^\"]*)\".*", "$1");
                parts.add(new Part(name, disposition, String.valueOf(part.headers().get("Content-Type")),
                        part.body().readUtf8()));
            }
        }
        return parts;
    }

    /** One part of a recorded multipart body. */
    private record Part(String name, String disposition, String contentType, String body) {
    }
}
