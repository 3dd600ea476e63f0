package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.svarinn.v1.JSON;
import io.github.fiksclients.svarinn.v1.api.SvarInnApi;
import io.github.fiksclients.svarinn.v1.model.FilMetadata;
import io.github.fiksclients.svarinn.v1.model.Forsendelse;
import io.github.fiksclients.svarinn.v1.model.ImportFeil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class SvarInnV1Test {

    private static final byte[] SOKNAD = "Søknad om ferdigattest".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VEDLEGG = "Vedlegg".getBytes(StandardCharsets.UTF_8);

    private static FiksSimulator simulator;

    private String mottaker;
    private OkHttpClient http;
    private SvarInnApi api;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
    }

    @BeforeEach
    void newMottaker() {
        mottaker = TestClients.newMottaker(simulator);
        http = TestClients.basic(mottaker, TestClients.PASSORD);
        api = TestClients.api(SvarInnApi.class, simulator.svarUtBaseUrl(), http);
    }

    private UUID enqueue() {
        return simulator.svarInn().enqueue(mottaker, SimulatedForsendelse.builder()
                .tittel("Søknad")
                .avsender("Ola Nordmann")
                .file("soknad.txt", "text/plain", SOKNAD)
                .file("vedlegg.txt", "text/plain", VEDLEGG)
                .build());
    }

    private List<Forsendelse> poll() throws IOException {
        Outcome<List<Forsendelse>> response = Outcome.of(api.hentNyeForsendelser());
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private List<String> offeredIds() throws IOException {
        return poll().stream().map(Forsendelse::getId).collect(Collectors.toList());
    }

    @Test
    void pollReturnsV1MetadataWithHashesSizesAndDownloadUrl() throws IOException {
        UUID id = enqueue();

        Forsendelse forsendelse = poll().get(0);

        assertThat(forsendelse.getId()).isEqualTo(id.toString());
        assertThat(forsendelse.getTittel()).isEqualTo("Søknad");
        assertThat(forsendelse.getAvsender().getNavn()).isEqualTo("Ola Nordmann");
        assertThat(forsendelse.getNiva()).isEqualTo("3");
        assertThat(forsendelse.getStatus()).isEqualTo("NY");
        assertThat(forsendelse.getDate()).isPositive();
        assertThat(forsendelse.getDownloadUrl()).isEqualTo(simulator.svarUtBaseUrl() + "svarinn/forsendelse/" + id);
        assertThat(forsendelse.getFilmetadata())
                .extracting(FilMetadata::getFilnavn, FilMetadata::getMimetype, FilMetadata::getSha256hash,
                        FilMetadata::getSize)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("soknad.txt", "text/plain",
                                EncryptedDownloads.sha256(SOKNAD), (long) SOKNAD.length),
                        org.assertj.core.groups.Tuple.tuple("vedlegg.txt", "text/plain",
                                EncryptedDownloads.sha256(VEDLEGG), (long) VEDLEGG.length));
    }

    @Test
    void downloadUrlServesTheEncryptedZip() throws Exception {
        enqueue();
        String downloadUrl = poll().get(0).getDownloadUrl();

        try (Response response = http.newCall(new Request.Builder().url(downloadUrl).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).isEqualTo("application/zip");
            Map<String, byte[]> files = EncryptedDownloads.decryptZip(response.body().byteStream(),
                    simulator.credentials().svarInnPrivateKey());
            assertThat(files.get("soknad.txt")).isEqualTo(SOKNAD);
            assertThat(files.get("vedlegg.txt")).isEqualTo(VEDLEGG);
        }
    }

    @Test
    void kvitterMottakStopsOfferingIt() throws IOException {
        UUID kvittert = enqueue();
        UUID other = enqueue();

        assertThat(Outcome.of(api.settForsendelseMottatt(kvittert.toString())).code()).isEqualTo(200);

        assertThat(offeredIds()).containsExactly(other.toString());
        assertThat(simulator.svarInn().acknowledged()).containsExactly(kvittert);
    }

    @Test
    void temporaryMottakFeiletOffersItAgain() throws IOException {
        UUID id = enqueue();

        assertThat(Outcome.of(api.settImportFeilet(id.toString(),
                new ImportFeil().feilmelding("Disken er full").permanent(false))).code()).isEqualTo(200);

        List<Forsendelse> offered = poll();
        assertThat(offered).extracting(Forsendelse::getId).containsExactly(id.toString());
        assertThat(offered.get(0).getStatus()).isEqualTo("FEILET");
        assertThat(simulator.svarInn().status(id).feilmelding()).isEqualTo("Disken er full");
    }

    @Test
    void permanentMottakFeiletStopsOfferingIt() throws IOException {
        UUID id = enqueue();

        Outcome.of(api.settImportFeilet(id.toString(), new ImportFeil().feilmelding("Ugyldig").permanent(true)));

        assertThat(offeredIds()).isEmpty();
        assertThat(simulator.svarInn().status(id))
                .isEqualTo(new ForsendelseStatus(ForsendelseStatus.State.FEILET, "Ugyldig", true));
    }

    @Test
    void kvitterMottakOfUnknownForsendelseIs404() throws IOException {
        assertThat(Outcome.of(api.settForsendelseMottatt(UUID.randomUUID().toString())).code()).isEqualTo(404);
        assertThat(Outcome.of(api.settForsendelseMottatt("not-a-uuid")).code()).isEqualTo(404);
    }
}
