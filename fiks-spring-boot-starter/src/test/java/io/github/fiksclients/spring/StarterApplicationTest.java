package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.spring.app.ArchiveApplication;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.IndexedMelding;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SimulatorCredentials;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The held-out check of the starter: an application with only the starter and {@code fiks.*} properties receives
 * from SvarInn and indexes in Innsyn against the simulator, and sends through SvarUt; its observations name the operations in the meter
 * registry; actuator shows no secret, even set to show values.
 */
@SpringBootTest(classes = ArchiveApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=env,configprops,metrics",
            "management.endpoint.env.show-values=always",
            "management.endpoint.configprops.show-values=always",
        })
class StarterApplicationTest {

    private static final FiksSimulator SIMULATOR = FiksSimulator.start();
    private static final Path KEYS = temporaryDirectory();

    @Autowired
    ArchiveApplication.Importer importer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SvarUtClient svarUt;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fiks(DynamicPropertyRegistry registry) {
        for (String property : SimulatorProperties.all(SIMULATOR, KEYS)) {
            String[] keyValue = property.split("=", 2);
            registry.add(keyValue[0], () -> keyValue[1]);
        }
    }

    @AfterAll
    static void stop() {
        SIMULATOR.close();
    }

    @Test
    void receivesFromSvarInnAndIndexesInInnsyn(@TempDir Path inbox) {
        SimulatorCredentials demo = SIMULATOR.credentials();
        UUID forsendelse = SIMULATOR.svarInn().enqueue(demo.svarInnMottakerId(), SimulatedForsendelse.builder()
                .tittel("Vedtak om byggesøknad")
                .file("vedtak.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .build());
        UUID organisasjon = UUID.randomUUID();

        ArchiveApplication.Imported imported = importer.importNew(inbox, organisasjon, "01017012345");

        assertThat(imported.received().acknowledged()).containsExactly(forsendelse.toString());
        assertThat(inbox.resolve(forsendelse + "/vedtak.pdf")).hasContent("%PDF-1.7");
        assertThat(imported.indexed().opprettet()).isEqualTo(1);
        assertThat(SIMULATOR.innsyn().indexed()).anySatisfy(melding -> {
            assertThat(melding.fiksOrganisasjonId()).isEqualTo(organisasjon);
            assertThat(melding.eksternRef()).contains(forsendelse.toString());
        });
        assertThat(SIMULATOR.innsyn().indexed()).extracting(IndexedMelding::eksponertForVerdi)
                .contains("01017012345");
    }

    @Test
    void sendsThroughSvarUtWhatItThenReceivesThroughSvarInn(@TempDir Path outbox, @TempDir Path inbox)
            throws Exception {
        SimulatorCredentials demo = SIMULATOR.credentials();
        Path vedtak = Files.writeString(outbox.resolve("vedtak.pdf"), "%PDF-1.7 sendt");

        UUID id = svarUt.send(Forsendelse.builder()
                .tittel("Vedtak sendt gjennom SvarUt")
                .mottaker(Mottaker.organisasjon(demo.svarUtMottakerOrgnr()).navn("Mottaker kommune"))
                .dokument(Dokument.fromFile(vedtak))
                .eksternReferanse("starter-" + UUID.randomUUID())
                .kryptert(true)
                .build());
        UUID queued = SIMULATOR.svarUt().sent(id).orElseThrow().svarInnId();
        ArchiveApplication.Imported imported = importer.importNew(inbox, UUID.randomUUID(), "01017012345");

        assertThat(imported.received().acknowledged()).containsExactly(queued.toString());
        assertThat(imported.indexed().allAccepted()).as("%s", imported.indexed().refused()).isTrue();
        assertThat(inbox.resolve(queued + "/vedtak.pdf")).hasContent("%PDF-1.7 sendt");
        assertThat(svarUt.statuser(List.of(id))).singleElement()
                .satisfies(status -> assertThat(status.getStatus()).hasToString("LEST"));
        assertThat(Search.in(meters).name("fiks.client.requests")
                .tags("service", "svarut", "operation", "send", "method", "POST", "outcome", "SUCCESS").timer())
                .isNotNull();
    }

    @Test
    void observationsNameTheOperationsInTheMeterRegistry(@TempDir Path inbox) {
        SIMULATOR.svarInn().enqueue(SIMULATOR.credentials().svarInnMottakerId(), SimulatedForsendelse.builder()
                .tittel("Svar på søknad")
                .file("svar.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .build());

        importer.importNew(inbox, UUID.randomUUID(), "01017012345");

        assertThat(Search.in(meters).name("fiks.client.requests")
                .tags("service", "svarinn", "operation", "hentNyeForsendelser", "method", "GET", "status", "200",
                        "outcome", "SUCCESS", "exception", "none")
                .timer()).isNotNull();
        assertThat(Search.in(meters).name("fiks.client.requests").tags("service", "innsyn", "method", "PUT").timer())
                .isNotNull()
                .satisfies(timer -> assertThat(timer.getId().getTag("operation")).isNotBlank());
        assertThat(Search.in(meters).name("fiks.maskinporten.token.requests").tags("outcome", "SUCCESS").timer())
                .isNotNull();
    }

    @Test
    void actuatorShowsNoSecretEvenWhenItShowsValues() {
        RestClient actuator = RestClient.create("http://127.0.0.1:" + port + "/actuator");

        String env = actuator.get().uri("/env").retrieve().body(String.class);
        String configprops = actuator.get().uri("/configprops").retrieve().body(String.class);

        SimulatorCredentials demo = SIMULATOR.credentials();
        List<String> secrets = List.of(demo.integrasjonPassord(), demo.svarInnMottakerPassord(),
                KEYS.resolve(SimulatorCredentials.MASKINPORTEN_KEY_FILE).toString(),
                KEYS.resolve(SimulatorCredentials.SVARINN_KEY_FILE).toString());
        for (String body : List.of(env, configprops)) {
            assertThat(body).doesNotContain(secrets);
            // Values are shown: the test would see a secret if one were there.
            assertThat(body).contains(demo.integrasjonId().toString(), demo.svarInnMottakerId());
        }
        assertThat(configprops).contains("\"password\":\"******\"");
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("fiks-starter-keys");
            directory.toFile().deleteOnExit();
            Arrays.asList(SimulatorCredentials.MASKINPORTEN_KEY_FILE, SimulatorCredentials.MASKINPORTEN_CERTIFICATE_FILE,
                    SimulatorCredentials.SVARINN_KEY_FILE, SimulatorCredentials.SVARINN_CERTIFICATE_FILE)
                    .forEach(name -> directory.resolve(name).toFile().deleteOnExit());
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
