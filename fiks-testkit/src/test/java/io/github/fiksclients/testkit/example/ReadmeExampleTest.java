package io.github.fiksclients.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fiksclients.svarinn.v2.JSON;
import io.github.fiksclients.svarinn.v2.api.SvarInnApi;
import io.github.fiksclients.svarinn.v2.model.Forsendelse;
import io.github.fiksclients.svarinn.v2.model.Statusoppdatering;
import io.github.fiksclients.testkit.FaultRule;
import io.github.fiksclients.testkit.FiksSimulator;
import io.github.fiksclients.testkit.FiksSimulatorExtension;
import io.github.fiksclients.testkit.ForsendelseStatus;
import io.github.fiksclients.testkit.SimulatedForsendelse;
import io.github.fiksclients.testkit.SimulatorCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.ks.fiks.maskinporten.AccessTokenRequestBuilder;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The example of the README section "Testing your integration with the simulator"; only public API. */
// README-EXAMPLE-START
@ExtendWith(FiksSimulatorExtension.class)
class ReadmeExampleTest {

    @Test
    void receivesAndAcknowledgesAForsendelse(FiksSimulator fiks) throws Exception {
        SimulatorCredentials demo = fiks.credentials();
        UUID id = fiks.svarInn().enqueue(demo.svarInnMottakerId(), SimulatedForsendelse.builder()
                .tittel("Vedtak i byggesak")
                .file("vedtak.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .build());
        fiks.faults().next(FaultRule.on("GET", "/tjenester/svarinn/v2/forsendelser")
                .respondWithStatus(503).retryAfter(Duration.ofSeconds(1)).build());

        // Your integration, pointed at the simulator instead of https://svarut.ks.no/tjenester/
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization",
                                Credentials.basic(demo.svarInnMottakerId(), demo.svarInnMottakerPassord()))
                        .build()))
                .build();
        SvarInnApi svarInn = new Retrofit.Builder()
                .baseUrl(fiks.svarUtBaseUrl().toString())
                .client(http)
                .addConverterFactory(GsonConverterFactory.create(JSON.gson()))
                .build()
                .create(SvarInnApi.class);

        assertThat(svarInn.hentNyeForsendelser().execute().code()).isEqualTo(503); // the injected fault
        List<Forsendelse> nye = svarInn.hentNyeForsendelser().execute().body();
        svarInn.oppdaterStatus(nye.get(0).getId().toString(),
                new Statusoppdatering().status(Statusoppdatering.StatusEnum.MOTTATT)).execute();

        assertThat(fiks.svarInn().status(id).state()).isEqualTo(ForsendelseStatus.State.MOTTATT);
    }

    @Test
    void getsAMaskinportenTokenFromTheSimulator(FiksSimulator fiks) {
        SimulatorCredentials demo = fiks.credentials();
        Maskinportenklient maskinporten = Maskinportenklient.builder()
                .withPrivateKey(demo.maskinportenPrivateKey())
                .usingVirksomhetssertifikat(demo.maskinportenCertificate())
                .withProperties(MaskinportenklientProperties.builder()
                        .issuer(demo.maskinportenClientId())
                        .audience(fiks.maskinportenAudience())
                        .tokenEndpoint(fiks.maskinportenTokenUrl().toString())
                        .build())
                .build();
        String token = maskinporten.getAccessToken(new AccessTokenRequestBuilder().scope("ks:fiks").build());

        assertThat(token).isNotBlank();
    }
}
// README-EXAMPLE-END
