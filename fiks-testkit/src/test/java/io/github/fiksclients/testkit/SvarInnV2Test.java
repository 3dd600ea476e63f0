package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksError;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Feil;
import io.github.fiksclients.svarinn.v2.model.Fil;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.Statusoppdatering;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.ResponseBody;
import org.bouncycastle.cms.CMSException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class SvarInnV2Test {

    private static final byte[] NOTAT = "Notat til saken".getBytes(StandardCharsets.UTF_8);

    private static FiksSimulator simulator;

    private String mottaker;
    private SvarInnApi api;

    @BeforeAll
    static void start(FiksSimulator running) {
        simulator = running;
    }

    @BeforeEach
    void newMottaker() {
        mottaker = TestClients.newMottaker(simulator);
        api = TestClients.api(SvarInnApi.class, simulator.svarUtBaseUrl(), TestClients.basic(mottaker, TestClients.PASSORD));
    }

    private UUID enqueue(SimulatedForsendelse.Builder forsendelse) {
        return simulator.svarInn().enqueue(mottaker, forsendelse.build());
    }

    private List<Forsendelse> poll() throws IOException {
        Outcome<List<Forsendelse>> response = Outcome.of(api.hentNyeForsendelser());
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    private Map<String, byte[]> download(UUID id) throws IOException, CMSException {
        Outcome<ResponseBody> response = Outcome.of(api.lastNedFiler(id.toString()));
        assertThat(response.code()).isEqualTo(200);
        try (ResponseBody body = response.body()) {
            return EncryptedDownloads.decryptZip(body.byteStream(), simulator.credentials().svarInnPrivateKey());
        }
    }

    private void report(UUID id, Statusoppdatering oppdatering) throws IOException {
        assertThat(Outcome.of(api.oppdaterStatus(id.toString(), oppdatering)).code()).isEqualTo(200);
    }

    private List<UUID> offeredIds() throws IOException {
        return poll().stream().map(Forsendelse::getId).collect(Collectors.toList());
    }

    @Test
    void pollReturnsTheQueuedForsendelserWithHashesAndSizes() throws IOException {
        UUID first = enqueue(SampleVedtak.builder());
        UUID second = enqueue(SimulatedForsendelse.builder().tittel("Notat").file("notat.txt", "text/plain", NOTAT)
                .sikkerhetsniva(4));

        List<Forsendelse> forsendelser = poll();

        assertThat(forsendelser).extracting(Forsendelse::getId).containsExactly(first, second);
        Forsendelse vedtak = forsendelser.get(0);
        assertThat(vedtak.getTittel()).isEqualTo("Vedtak i byggesak");
        assertThat(vedtak.getAvsender().getNavn()).isEqualTo("Fjordvik kommune");
        assertThat(vedtak.getSikkerhetsniva()).isEqualTo(Forsendelse.SikkerhetsnivaEnum.BETYDELIG);
        assertThat(vedtak.getDato()).isNotNull();
        assertThat(vedtak.getNedlastingslenke())
                .isEqualTo(simulator.svarUtBaseUrl() + "svarinn/v2/forsendelser/" + first);
        assertThat(vedtak.getFiler()).extracting(Fil::getFilnavn, Fil::getMimeType, Fil::getHash, Fil::getStorrelse)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vedtak.pdf", "application/pdf",
                                EncryptedDownloads.sha256(SampleVedtak.VEDTAK), (long) SampleVedtak.VEDTAK.length),
                        org.assertj.core.groups.Tuple.tuple("kart.png", "image/png",
                                EncryptedDownloads.sha256(SampleVedtak.KART), (long) SampleVedtak.KART.length));
        assertThat(forsendelser.get(1).getSikkerhetsniva()).isEqualTo(Forsendelse.SikkerhetsnivaEnum.HOYESTE);
    }

    @Test
    void downloadDecryptsAndUnzipsToTheFiles() throws Exception {
        UUID id = enqueue(SampleVedtak.builder());

        Map<String, byte[]> files = download(id);

        assertThat(files.keySet()).containsExactly("vedtak.pdf", "kart.png");
        assertThat(files.get("vedtak.pdf")).isEqualTo(SampleVedtak.VEDTAK);
        assertThat(files.get("kart.png")).isEqualTo(SampleVedtak.KART);
    }

    @Test
    void largeStreamedFileArrivesIntact() throws Exception {
        long size = 3L * 1024 * 1024 + 17;
        UUID id = enqueue(SimulatedForsendelse.builder().tittel("Stor").file("stor.bin", "application/octet-stream",
                size, () -> randomBytes(size)));

        Map<String, byte[]> files = download(id);

        assertThat(files.get("stor.bin")).hasSize((int) size);
        assertThat(EncryptedDownloads.sha256(files.get("stor.bin")))
                .isEqualTo(poll().get(0).getFiler().get(0).getHash());
    }

    private static InputStream randomBytes(long size) {
        Random random = new Random(42);
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) random.nextInt(256);
                }
                left -= count;
                return count;
            }
        };
    }

    @Test
    void mottattIsNoLongerOffered() throws IOException {
        UUID mottatt = enqueue(SampleVedtak.builder());
        UUID other = enqueue(SampleVedtak.builder());

        report(mottatt, new Statusoppdatering().status(Statusoppdatering.StatusEnum.MOTTATT));

        assertThat(offeredIds()).containsExactly(other);
        assertThat(simulator.svarInn().status(mottatt).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
        assertThat(simulator.svarInn().acknowledged()).contains(mottatt).doesNotContain(other);
    }

    @Test
    void temporarilyFeiletIsOfferedAgain() throws IOException {
        UUID id = enqueue(SampleVedtak.builder());

        report(id, new Statusoppdatering().status(Statusoppdatering.StatusEnum.FEILET)
                .feil(new Feil().feilmelding("Arkivet svarer ikke").permanent(false)));

        assertThat(offeredIds()).containsExactly(id);
        assertThat(simulator.svarInn().status(id))
                .isEqualTo(new ForsendelseStatus(ForsendelseStatus.State.FEILET, "Arkivet svarer ikke", false));
    }

    @Test
    void permanentlyFeiletIsNoLongerOffered() throws IOException {
        UUID id = enqueue(SampleVedtak.builder());

        report(id, new Statusoppdatering().status(Statusoppdatering.StatusEnum.FEILET)
                .feil(new Feil().feilmelding("Ukjent format").permanent(true)));

        assertThat(offeredIds()).isEmpty();
        assertThat(simulator.svarInn().status(id).permanent()).isTrue();
    }

    @Test
    void pollReturnsAtMost200() throws IOException {
        SimulatedForsendelse small = SimulatedForsendelse.builder().tittel("Liten").file("a.txt", "text/plain", NOTAT)
                .build();
        for (int i = 0; i < SvarInnSimulator.MAX_PER_POLL + 1; i++) {
            simulator.svarInn().enqueue(mottaker, small);
        }

        assertThat(poll()).hasSize(200);
    }

    @Test
    void anotherMottakersForsendelseIsNotOfferedNorDownloadable() throws IOException {
        UUID theirs = simulator.svarInn().enqueue(simulator.credentials().svarInnMottakerId(),
                SampleVedtak.builder().build());

        assertThat(offeredIds()).doesNotContain(theirs);
        assertThat(Outcome.of(api.lastNedFiler(theirs.toString())).code()).isEqualTo(404);
    }

    @Test
    void unknownForsendelseIs404WithAFiksError() throws IOException {
        UUID unknown = UUID.randomUUID();

        Outcome<Void> response = Outcome.of(api.oppdaterStatus(unknown.toString(),
                new Statusoppdatering().status(Statusoppdatering.StatusEnum.MOTTATT)));

        assertThat(response.code()).isEqualTo(404);
        FiksError error = response.fiksError();
        assertThat(error.errorCode()).isEqualTo(SimulatorErrorCodes.NOT_FOUND);
        assertThat(error.path()).isEqualTo("/tjenester/svarinn/v2/forsendelser/" + unknown + "/status");
    }

    @Test
    void wrongHashShowsOnlyAfterDecryption() throws Exception {
        UUID id = enqueue(SampleVedtak.builder().withWrongHash("kart.png"));

        Map<String, String> metadataHashes = poll().get(0).getFiler().stream()
                .collect(Collectors.toMap(Fil::getFilnavn, Fil::getHash));
        Map<String, byte[]> files = download(id);

        assertThat(EncryptedDownloads.sha256(files.get("vedtak.pdf"))).isEqualTo(metadataHashes.get("vedtak.pdf"));
        assertThat(EncryptedDownloads.sha256(files.get("kart.png"))).isNotEqualTo(metadataHashes.get("kart.png"));
        assertThat(files.get("kart.png")).isEqualTo(SampleVedtak.KART);
    }

    @Test
    void corruptEnvelopeFailsToDecrypt() {
        UUID id = enqueue(SampleVedtak.builder().withCorruptEnvelope());

        assertThatThrownBy(() -> download(id)).isInstanceOf(CMSException.class);
    }

    @Test
    void truncatedDownloadEndsEarly() throws IOException {
        UUID id = enqueue(SampleVedtak.builder().truncatedAfter(100));

        Outcome<ResponseBody> response = Outcome.of(api.lastNedFiler(id.toString()));
        byte[] received = new byte[200];
        int total = 0;
        try (ResponseBody body = response.body(); InputStream in = body.byteStream()) {
            IOException cut = null;
            try {
                for (int n = in.read(received, total, received.length - total); n > 0;
                        n = in.read(received, total, received.length - total)) {
                    total += n;
                }
            } catch (IOException e) {
                cut = e;
            }
            assertThat(cut).isNotNull();
        }
        assertThat(total).isEqualTo(100);
    }

    @Test
    void aDownloadTheTestMadeIsServedAsGivenWithTheMetadataOfTheFiles() throws IOException {
        byte[] hostile = {0x30, (byte) 0x80, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 1, 7,
            3, (byte) 0xa0, (byte) 0x84, (byte) 0x80, 0, 0, 0};
        UUID id = enqueue(SampleVedtak.builder().withDownload(hostile));

        List<String> described = poll().get(0).getFiler().stream().map(Fil::getFilnavn).collect(Collectors.toList());
        Outcome<ResponseBody> response = Outcome.of(api.lastNedFiler(id.toString()));

        assertThat(described).containsExactly("vedtak.pdf", "kart.png");
        try (ResponseBody body = response.body()) {
            assertThat(body.bytes()).isEqualTo(hostile);
        }
    }

    @Test
    void namesThatAreNotValidOnWindowsAreListedAndZippedAsGiven() throws Exception {
        UUID id = enqueue(SimulatedForsendelse.builder().tittel("Navn")
                .file("CON", "text/plain", NOTAT).file("Vedtak: 12?.pdf", "application/pdf", NOTAT));

        List<String> described = poll().get(0).getFiler().stream().map(Fil::getFilnavn).collect(Collectors.toList());

        assertThat(described).containsExactly("CON", "Vedtak: 12?.pdf");
        assertThat(download(id).keySet()).containsExactly("CON", "Vedtak: 12?.pdf");
    }

    @Test
    void extraFileIsInTheArchiveButNotInTheMetadata() throws Exception {
        UUID id = enqueue(SampleVedtak.builder().withExtraFileNotInMetadata("skjult.txt", NOTAT));

        List<String> described = poll().get(0).getFiler().stream().map(Fil::getFilnavn).collect(Collectors.toList());
        Map<String, byte[]> files = download(id);

        assertThat(described).containsExactly("vedtak.pdf", "kart.png");
        assertThat(files.keySet()).containsExactly("vedtak.pdf", "kart.png", "skjult.txt");
    }
}
