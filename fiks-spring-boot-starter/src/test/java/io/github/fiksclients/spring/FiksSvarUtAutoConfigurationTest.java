package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SvarUtSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The SvarUtClient bean under each of its conditions, and sending with it as configured. */
class FiksSvarUtAutoConfigurationTest {

    @TempDir
    static Path keys;

    @TempDir
    Path files;

    private static FiksSimulator simulator;

    private final MockWebServer svarUt = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FiksAutoConfiguration.class, FiksSvarUtAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() {
        simulator = FiksSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void startSvarUt() throws Exception {
        svarUt.start();
    }

    @AfterEach
    void stopSvarUt() {
        svarUt.close();
    }

    /** The integration, Maskinporten and the konto, against the simulator: what an application sets. */
    private ApplicationContextRunner configured() {
        return runner.withPropertyValues(SimulatorProperties.integrasjon(simulator, keys))
                .withPropertyValues(SimulatorProperties.svarUt(simulator));
    }

    /** The same konto and integration against a mock SvarUt, with tokens from a bean. */
    private ApplicationContextRunner againstMock() {
        return runner.withPropertyValues("fiks.integrasjon.id=" + simulator.credentials().integrasjonId(),
                "fiks.integrasjon.password=mock-integrasjon-secret",
                "fiks.svarut.konto-id=" + simulator.credentials().svarUtKontoId(),
                "fiks.svarut.base-url=" + svarUt.url("/api/"))
                .withBean(AccessTokenProvider.class, () -> () -> "mock-access-token");
    }

    private Forsendelse vedtak(boolean kryptert) throws Exception {
        Path pdf = Files.writeString(files.resolve("vedtak.pdf"), "%PDF-1.7 vedtak");
        return Forsendelse.builder()
                .tittel("Vedtak om byggeløyve")
                .mottaker(Mottaker.organisasjon(simulator.credentials().svarUtMottakerOrgnr()).navn("Mottaker kommune"))
                .dokument(Dokument.fromFile(pdf))
                .eksternReferanse("sak-" + UUID.randomUUID())
                .kryptert(kryptert)
                .build();
    }

    @Test
    void sendsAForsendelseToSvarUtConfiguredByPropertiesOnly() {
        configured().run(context -> {
            SvarUtClient client = context.getBean(SvarUtClient.class);

            UUID id = client.send(vedtak(true));

            SvarUtSimulator.Sent sent = simulator.svarUt().sent(id).orElseThrow();
            assertThat(sent.kontoId()).isEqualTo(simulator.credentials().svarUtKontoId());
            assertThat(sent.tittel()).isEqualTo("Vedtak om byggeløyve");
            assertThat(sent.kryptert()).isTrue();
            assertThat(sent.documents()).singleElement().satisfies(document -> {
                assertThat(document.filnavn()).isEqualTo("vedtak.pdf");
                assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 vedtak");
            });
            assertThat(client.statuser(List.of(id))).singleElement()
                    .satisfies(status -> assertThat(status.getId()).isEqualTo(id));
        });
    }

    @Test
    void noSvarUtClientWithoutItsModule() {
        configured().withClassLoader(new FilteredClassLoader(SvarUtClient.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SvarUtClient.class);
        });
    }

    @Test
    void noSvarUtClientWithoutAKonto() {
        configured().withPropertyValues("fiks.svarut.konto-id=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SvarUtClient.class);
            assertThat(context).hasBean("svarutFiksClient");
        });
    }

    @Test
    void aKontoInAnotherSpellingConfiguresTheClientToo() {
        runner.withPropertyValues(SimulatorProperties.integrasjon(simulator, keys))
                .withPropertyValues("fiks.svarut.base-url=" + simulator.svarUtApiBaseUrl(),
                        "fiks.svarut.kontoId=" + simulator.credentials().svarUtKontoId()).run(context -> assertThat(context.getBean(SvarUtClient.class)
                .kontoId()).contains(simulator.credentials().svarUtKontoId()));
    }

    @Test
    void aKontoWithoutTheIntegrationFailsNamingIt() {
        runner.withPropertyValues(SimulatorProperties.svarUt(simulator))
                .withBean(AccessTokenProvider.class, () -> () -> "token")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.integrasjon.id and fiks.integrasjon.password with fiks.svarut.konto-id"));
    }

    @Test
    void aKontoWithoutMaskinportenFailsNamingIt() {
        runner.withPropertyValues(SimulatorProperties.svarUt(simulator))
                .withPropertyValues("fiks.integrasjon.id=" + simulator.credentials().integrasjonId(),
                        "fiks.integrasjon.password=integrasjon-secret")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.maskinporten.* (or define a Maskinportenklient or AccessTokenProvider bean) with "
                                + "fiks.svarut.konto-id"));
    }

    @Test
    void anApplicationsSvarUtClientWins() {
        configured().withBean("mine", SvarUtClient.class, () -> SvarUtClient.builder()
                        .baseUrl("https://own.example/api/")
                        .integrasjon("own", Secret.of("own-integrasjon-secret"))
                        .accessTokenProvider(() -> "own-token")
                        .build())
                .run(context -> assertThat(context).getBeans(SvarUtClient.class).containsOnlyKeys("mine"));
    }

    @Test
    void customizersAdjustTheClientBeforeItIsBuilt() {
        List<SvarUtClient.Builder> customized = new ArrayList<>();
        svarUt.enqueue(json("{\"forsendelsestyper\":[\"Vedtak\"]}"));
        againstMock().withBean(SvarUtClientCustomizer.class, () -> builder -> {
            customized.add(builder);
            builder.userAgentSuffix("customized/3.0");
        }).run(context -> {
            assertThat(context.getBean(SvarUtClient.class).forsendelsestyper()).containsExactly("Vedtak");

            assertThat(customized).hasSize(1);
            assertThat(svarUt.takeRequest().getHeaders().get("User-Agent")).endsWith("customized/3.0");
        });
    }

    @Test
    void sharedTimeoutsDoNotShortenSvarUtsOwn() {
        svarUt.enqueue(json("{\"forsendelsestyper\":[\"Vedtak\"]}").newBuilder()
                .headersDelay(1500, TimeUnit.MILLISECONDS).build());
        againstMock().withPropertyValues("fiks.read-timeout=500ms", "fiks.call-timeout=500ms",
                "fiks.retry.max-attempts=1").run(context -> assertThat(context.getBean(SvarUtClient.class)
                .forsendelsestyper()).containsExactly("Vedtak"));
    }

    @Test
    void svarUtTimeoutsApply() {
        svarUt.enqueue(json("{\"forsendelsestyper\":[\"Vedtak\"]}").newBuilder()
                .headersDelay(1500, TimeUnit.MILLISECONDS).build());
        againstMock().withPropertyValues("fiks.svarut.read-timeout=500ms", "fiks.svarut.retry.max-attempts=1")
                .run(context -> assertThatThrownBy(context.getBean(SvarUtClient.class)::forsendelsestyper)
                        .isInstanceOf(FiksException.class));
    }

    @Test
    void svarUtOptionsWinOverSharedOnes() {
        svarUt.enqueue(new MockResponse.Builder().code(503).build());
        againstMock().withPropertyValues("fiks.retry.max-attempts=3", "fiks.retry.initial-backoff=1ms",
                "fiks.svarut.retry.max-attempts=1", "fiks.user-agent-suffix=shared/1.0",
                "fiks.svarut.user-agent-suffix=sender/2.0").run(context -> {
                    SvarUtClient client = context.getBean(SvarUtClient.class);

                    assertThatThrownBy(client::forsendelsestyper).isInstanceOf(FiksException.class);

                    RecordedRequest request = svarUt.takeRequest();
                    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/forsendelsestyper");
                    assertThat(request.getHeaders().get("User-Agent")).endsWith("sender/2.0")
                            .doesNotContain("shared/1.0");
                    assertThat(svarUt.getRequestCount()).isEqualTo(1);
                });
    }

    @Test
    void kryptertForsendelserAreEncryptedToTheConfiguredCertificateWithoutFetchingOne() throws Exception {
        Path certificate = files.resolve("svarut-cert.pem");
        Files.writeString(certificate, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(simulator.svarUt().certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        UUID id = UUID.randomUUID();
        svarUt.enqueue(json("{\"id\":\"" + id + "\"}"));
        Forsendelse forsendelse = vedtak(true);

        againstMock().withPropertyValues("fiks.svarut.certificate=" + certificate).run(context -> {
            assertThat(context.getBean(SvarUtClient.class).send(forsendelse)).isEqualTo(id);

            RecordedRequest only = svarUt.takeRequest();
            assertThat(only.getMethod()).isEqualTo("POST");
            assertThat(only.getUrl().encodedPath()).isEqualTo("/api/v2/kontoer/"
                    + simulator.credentials().svarUtKontoId() + "/forsendelser");
            assertThat(svarUt.getRequestCount()).isEqualTo(1);
        });
    }

    @Test
    void aMissingCertificateFileFailsNamingIt() {
        Path missing = files.resolve("no-such-cert.pem");
        againstMock().withPropertyValues("fiks.svarut.certificate=" + missing).run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "fiks.svarut.certificate: the file " + missing + " does not exist"));
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }
}
