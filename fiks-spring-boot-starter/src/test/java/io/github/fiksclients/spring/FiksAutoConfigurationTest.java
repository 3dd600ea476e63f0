package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonTokenSupplier;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksEnvironment;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.sokpost.v1.api.PostSokApi;
import io.github.fiksclients.svarinn.SvarInnApiVersion;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.SimulatorCredentials;
import io.github.fiksclients.tilgang.v2.api.TilgangApi;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each bean of the starter, under each of its conditions. */
class FiksAutoConfigurationTest {

    @TempDir
    static Path keys;

    private static FiksSimulator simulator;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FiksAutoConfiguration.class, FiksSvarInnAutoConfiguration.class,
                    FiksInnsynAutoConfiguration.class));

    @BeforeAll
    static void startSimulator() {
        simulator = FiksSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private String[] integrasjon() {
        return SimulatorProperties.integrasjon(simulator, keys);
    }

    @Test
    void withoutPropertiesOnlyTheFactoryOfApisExists() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FiksApis.class);
            assertThat(context).doesNotHaveBean(AccessTokenProvider.class);
            assertThat(context).doesNotHaveBean(FiksClient.class);
            assertThat(context).doesNotHaveBean(SvarInnClient.class);
            assertThat(context).doesNotHaveBean(InnsynClient.class);
        });
    }

    @Test
    void maskinportenFromPemFilesGetsTokensFromTheConfiguredEndpoint() {
        runner.withPropertyValues(integrasjon()).run(context -> {
            MaskinportenTokenProvider tokens = context.getBean(MaskinportenTokenProvider.class);

            assertThat(tokens.tokenEndpoint()).isEqualTo(simulator.maskinportenTokenUrl());
            assertThat(tokens.issuer()).isEqualTo(simulator.credentials().maskinportenClientId());
            assertThat(tokens.accessToken()).isNotBlank();
        });
    }

    @Test
    void maskinportenFromAPkcs12Keystore() throws Exception {
        SimulatorCredentials demo = simulator.credentials();
        Path p12 = keys.resolve("maskinporten.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("virksomhet", demo.maskinportenPrivateKey(), "p12-keystore-secret".toCharArray(),
                new Certificate[] {demo.maskinportenCertificate()});
        try (var out = java.nio.file.Files.newOutputStream(p12)) {
            store.store(out, "p12-keystore-secret".toCharArray());
        }

        runner.withPropertyValues("fiks.maskinporten.issuer=" + demo.maskinportenClientId(),
                "fiks.maskinporten.token-url=" + simulator.maskinportenTokenUrl(),
                "fiks.maskinporten.audience=" + simulator.maskinportenAudience(),
                "fiks.maskinporten.pkcs12.path=" + p12,
                "fiks.maskinporten.pkcs12.password=p12-keystore-secret",
                "fiks.maskinporten.pkcs12.alias=virksomhet").run(context ->
                assertThat(context.getBean(MaskinportenTokenProvider.class).accessToken()).isNotBlank());
    }

    @Test
    void maskinportenFollowsTheFiksEnvironmentUnlessToldOtherwise() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.maskinporten.token-url=",
                "fiks.environment=PROD").run(context -> assertThat(
                context.getBean(MaskinportenTokenProvider.class).tokenEndpoint())
                .hasToString("https://maskinporten.no/token"));
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.maskinporten.token-url=",
                "fiks.environment=PROD", "fiks.maskinporten.environment=TEST").run(context -> assertThat(
                context.getBean(MaskinportenTokenProvider.class).tokenEndpoint())
                .hasToString("https://test.maskinporten.no/token"));
    }

    @Test
    void aMaskinportenklientBeanOfKsStarterIsReused() {
        runner.withBean(Maskinportenklient.class, this::maskinportenklient).run(context -> {
            MaskinportenTokenProvider tokens = context.getBean(MaskinportenTokenProvider.class);

            assertThat(tokens).hasToString("MaskinportenTokenProvider{maskinportenklient=supplied, issuer=null, "
                    + "scopes=[ks:fiks]}");
            assertThat(tokens.accessToken()).isNotBlank();
        });
    }

    @Test
    void aMaskinportenklientBeanBesideKeyPropertiesIsAnError() {
        runner.withBean(Maskinportenklient.class, this::maskinportenklient).withPropertyValues(integrasjon())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Both a Maskinportenklient bean and fiks.maskinporten key material"));
    }

    @Test
    void anApplicationsAccessTokenProviderIsUsedInstead() {
        AccessTokenProvider own = () -> "own-token";
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST")
                .withBean(AccessTokenProvider.class, () -> own).run(context -> {
            assertThat(context).doesNotHaveBean(MaskinportenTokenProvider.class);
            assertThat(context.getBean(AccessTokenProvider.class)).isSameAs(own);
            assertThat(context).hasBean("tilgangFiksClient");
        });
    }

    @Test
    void incompleteMaskinportenSettingsFailNamingTheMissingProperty() {
        runner.withPropertyValues("fiks.maskinporten.issuer=client", "fiks.environment=TEST").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.maskinporten.pkcs12.path (with password and alias) or fiks.maskinporten.pem"));
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.maskinporten.audience=").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.maskinporten.audience with fiks.maskinporten.token-url"));
    }

    @Test
    void maskinportenCustomizersAdjustTheProviderBeforeItIsBuilt() {
        runner.withPropertyValues(integrasjon())
                .withBean(MaskinportenTokenProviderCustomizer.class, () -> builder -> builder.scopes("ks:fiks", "ks:x"))
                .run(context -> assertThat(context.getBean(MaskinportenTokenProvider.class).scopes())
                        .containsExactly("ks:fiks", "ks:x"));
    }

    @Test
    void aPemKeyWithoutItsCertificateFailsNamingIt() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.maskinporten.pem.certificate=")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.maskinporten.pem.certificate with fiks.maskinporten.pem.private-key"));
    }

    @Test
    void aFiksClientForEachConfiguredServiceOnTheClasspath() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST").run(context -> {
            assertThat(context.getBeansOfType(FiksClient.class).keySet())
                    .containsExactlyInAnyOrder("svarinnFiksClient", "innsynFiksClient", "svarutFiksClient",
                            "tilgangFiksClient");
            assertThat(context.getBean("tilgangFiksClient", FiksClient.class).environment())
                    .contains(FiksEnvironment.TEST);
            assertThat(context.getBean("tilgangFiksClient", FiksClient.class).authenticationMode())
                    .contains(AuthenticationMode.INTEGRASJON);
        });
    }

    @Test
    void aServiceWithoutTargetHasNoClient() {
        runner.withPropertyValues(integrasjon()).run(context -> {
            assertThat(context).hasBean("innsynFiksClient").hasBean("svarinnFiksClient");
            assertThat(context).doesNotHaveBean("tilgangFiksClient");
        });
    }

    @Test
    void aServiceForCitizensNeedsAPersonTokenSupplier() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST").run(context ->
                assertThat(context).doesNotHaveBean("digisosFiksClient"));
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST")
                .withBean(PersonTokenSupplier.class, () -> () -> io.github.fiksclients.auth.Secret.of("citizen-token-value"))
                .run(context -> assertThat(context.getBean("digisosFiksClient", FiksClient.class)
                        .authenticationMode()).contains(AuthenticationMode.INTEGRASJON_PERSON));
    }

    @Test
    void svarInnsClientAuthenticatesAsTheReceivingSystemWhenOneIsSet() {
        runner.withPropertyValues(SimulatorProperties.all(simulator, keys)).run(context ->
                assertThat(context.getBean("svarinnFiksClient", FiksClient.class).authenticationMode())
                        .contains(AuthenticationMode.BASIC));
    }

    @Test
    void serviceOptionsWinOverSharedOnes() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST",
                "fiks.read-timeout=5s", "fiks.tilgang.read-timeout=7s", "fiks.connect-timeout=3s",
                "fiks.retry.max-attempts=4", "fiks.tilgang.retry.max-attempts=1",
                "fiks.tilgang.base-url=https://proxy.example/fiks/").run(context -> {
                    FiksClient tilgang = context.getBean("tilgangFiksClient", FiksClient.class);
                    FiksClient innsyn = context.getBean("innsynFiksClient", FiksClient.class);

                    assertThat(tilgang.httpClient().readTimeoutMillis()).isEqualTo(7000);
                    assertThat(tilgang.httpClient().connectTimeoutMillis()).isEqualTo(3000);
                    assertThat(tilgang.retryPolicy().maxAttempts()).isEqualTo(1);
                    assertThat(tilgang.baseUrl()).hasValueSatisfying(url ->
                            assertThat(url).hasToString("https://proxy.example/fiks/"));
                    assertThat(innsyn.httpClient().readTimeoutMillis()).isEqualTo(5000);
                    assertThat(innsyn.retryPolicy().maxAttempts()).isEqualTo(4);
                });
    }

    @Test
    void anApplicationsFiksClientBeanOfTheServicesNameIsLeftAlone() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST")
                .withBean("tilgangFiksClient", FiksClient.class,
                        () -> FiksClient.builder().baseUrl("https://own.example/").build())
                .run(context -> assertThat(context.getBean("tilgangFiksClient", FiksClient.class).baseUrl())
                        .hasValueSatisfying(url -> assertThat(url).hasToString("https://own.example/")));
    }

    @Test
    void fiksClientCustomizersSeeEachServiceBeforeItIsBuilt() {
        List<String> customized = new ArrayList<>();
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST")
                .withBean(FiksClientCustomizer.class, () -> (service, builder) -> {
                    customized.add(service);
                    builder.callTimeout(Duration.ofSeconds(42));
                })
                .run(context -> {
                    assertThat(context.getBean("tilgangFiksClient", FiksClient.class).httpClient().callTimeoutMillis())
                            .isEqualTo(42_000);
                    assertThat(customized).containsExactlyInAnyOrder("svarinn", "innsyn", "svarut", "tilgang");
                });
    }

    @Test
    void svarInnClientWhenAReceivingSystemIsSet() {
        List<SvarInnClient.Builder> customized = new ArrayList<>();
        runner.withPropertyValues(SimulatorProperties.mottakersystem(simulator, keys))
                .withPropertyValues("fiks.svarinn.api-version=V1")
                .withBean(SvarInnClientCustomizer.class, () -> customized::add)
                .run(context -> {
                    SvarInnClient svarInn = context.getBean(SvarInnClient.class);

                    assertThat(svarInn.apiVersion()).isEqualTo(SvarInnApiVersion.V1);
                    assertThat(svarInn.toString()).contains("mottakersystem=" + simulator.credentials()
                            .svarInnMottakerId(), "privateKey=set");
                    assertThat(svarInn.fetchNew()).isEmpty();
                    assertThat(customized).hasSize(1);
                });
    }

    @Test
    void noSvarInnClientWithoutItsModule() {
        runner.withClassLoader(new FilteredClassLoader(SvarInnClient.class))
                .withPropertyValues(SimulatorProperties.mottakersystem(simulator, keys))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(SvarInnClient.class);
                });
    }

    @Test
    void aSvarInnReceivingSystemWithoutPasswordFailsNamingIt() {
        runner.withPropertyValues("fiks.svarinn.mottakersystem.id=mottaker", "fiks.environment=TEST")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "Set fiks.svarinn.mottakersystem.password with fiks.svarinn.mottakersystem.id"));
    }

    @Test
    void innsynClientWhenAnIntegrationIsSet() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.innsyn.batch-size=10")
                .withBean(InnsynClientCustomizer.class, () -> builder -> builder.userAgentSuffix("portal/2.0"))
                .run(context -> assertThat(context.getBean(InnsynClient.class).toString())
                        .contains("batchSize=10", "portal/2.0"));
    }

    @Test
    void noInnsynClientWithoutItsModule() {
        runner.withClassLoader(new FilteredClassLoader(InnsynClient.class)).withPropertyValues(integrasjon())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(InnsynClient.class);
                });
    }

    @Test
    void anApplicationsFacadeBeansWin() {
        runner.withPropertyValues(SimulatorProperties.all(simulator, keys))
                .withBean("mine", InnsynClient.class, () -> InnsynClient.builder().baseUrl("https://own.example/")
                        .integrasjon("own", io.github.fiksclients.auth.Secret.of("own-integrasjon-secret")).build())
                .run(context -> {
                    assertThat(context).getBeans(InnsynClient.class).containsOnlyKeys("mine");
                    assertThat(context).hasSingleBean(SvarInnClient.class);
                });
    }

    @Test
    void fiksApisCreatesAGeneratedApiOnItsServicesClient() {
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST").run(context -> {
            TilgangApi tilgang = context.getBean(FiksApis.class).create(TilgangApi.class);

            assertThat(tilgang).isNotNull();
        });
    }

    @Test
    void fiksApisAuthenticatesAsTheApiNeedsWhenItsClientDoesNot() {
        runner.withPropertyValues(integrasjon())
                .withBean(PersonTokenSupplier.class, () -> () -> io.github.fiksclients.auth.Secret.of(simulator.innsyn().personToken("01017012345")))
                .run(context -> {
                    PostSokApi sok = context.getBean(FiksApis.class).create(PostSokApi.class);

                    assertThat(sok).isNotNull();
                });
        runner.withPropertyValues(integrasjon()).run(context ->
                assertThatThrownBy(() -> context.getBean(FiksApis.class).create(PostSokApi.class))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("PostSokApi (Fiks Innsyn) authenticates with integrasjon-person: set "
                                + "fiks.integrasjon.id and fiks.integrasjon.password with a PersonTokenSupplier bean"));
    }

    @Test
    void fiksApisNamesWhatToSetForAnUnconfiguredService() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(FiksApis.class).create(TilgangApi.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No FiksClient for Fiks Tilgang (tilgang) to create TilgangApi: set "
                        + "fiks.environment or fiks.tilgang.base-url, and fiks.integrasjon.id and "
                        + "fiks.integrasjon.password with Maskinporten"));
    }

    @Test
    void fiksApisRefusesAnInterfaceThatIsNotAGeneratedApi() {
        runner.run(context -> assertThatThrownBy(() -> context.getBean(FiksApis.class).create(Runnable.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Runnable is not a generated Fiks API"));
    }

    @Test
    void clientsAreClosedWithTheContext() {
        List<FiksClient> clients = new ArrayList<>();
        runner.withPropertyValues(integrasjon()).withPropertyValues("fiks.environment=TEST")
                .run(context -> clients.add(context.getBean("tilgangFiksClient", FiksClient.class)));

        FiksClient closed = clients.get(0);
        assertThat(closed.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    }

    private Maskinportenklient maskinportenklient() {
        SimulatorCredentials demo = simulator.credentials();
        return Maskinportenklient.builder()
                .withPrivateKey(demo.maskinportenPrivateKey())
                .usingVirksomhetssertifikat(demo.maskinportenCertificate())
                .withProperties(MaskinportenklientProperties.builder()
                        .tokenEndpoint(simulator.maskinportenTokenUrl().toString())
                        .audience(simulator.maskinportenAudience())
                        .issuer(demo.maskinportenClientId())
                        .numberOfSecondsLeftBeforeExpire(10)
                        .timeoutMillis((int) TimeUnit.SECONDS.toMillis(10))
                        .build())
                .build();
    }
}
