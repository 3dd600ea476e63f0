package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fiksclients.errors.FiksAuthenticationException;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A provider can request its tokens through a Maskinportenklient configured elsewhere, such as KS's starter's bean. */
class SuppliedMaskinportenklientTest {

    private static final TestKeys KEYS = TestKeys.generate("SuppliedMaskinportenklientTest");

    @RegisterExtension
    final FakeMaskinporten maskinporten = FakeMaskinporten.started();

    private Maskinportenklient klient() {
        return Maskinportenklient.builder()
                .withPrivateKey(KEYS.keyPair.getPrivate())
                .usingVirksomhetssertifikat(KEYS.certificate)
                .withProperties(MaskinportenklientProperties.builder()
                        .tokenEndpoint(maskinporten.tokenEndpoint().toString())
                        .audience(maskinporten.audience())
                        .issuer("supplied-client-id")
                        .numberOfSecondsLeftBeforeExpire(10)
                        .build())
                .build();
    }

    @Test
    void tokensComeThroughTheSuppliedClientAndAreKept() {
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder().maskinportenklient(klient()).build();

        String first = tokens.accessToken();
        String second = tokens.accessToken();

        assertThat(maskinporten.isValid(first)).isTrue();
        assertThat(second).isEqualTo(first);
        assertThat(maskinporten.grants()).isEqualTo(1);
        assertThat(tokens.tokenEndpoint()).isNull();
        assertThat(tokens).hasToString("MaskinportenTokenProvider{maskinportenklient=supplied, issuer=null, "
                + "scopes=[ks:fiks]}");
    }

    @Test
    void aRefusalThroughTheSuppliedClientIsTypedAndSaysWhereItCameFrom() {
        maskinporten.respondWith(n -> FakeMaskinporten.json(400, "{\"error\":\"invalid_grant\"}"));
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder().maskinportenklient(klient()).build();

        assertThatThrownBy(tokens::accessToken)
                .isExactlyInstanceOf(FiksAuthenticationException.class)
                .hasMessage("Maskinporten (through the supplied Maskinportenklient) refused the token request "
                        + "(HTTP 400): invalid_grant")
                .satisfies(thrown -> assertThat(((FiksAuthenticationException) thrown).isRetryable()).isFalse());
    }

    @Test
    void aNamedEndpointIsUsedInMessages() {
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder().maskinportenklient(klient())
                .environment(MaskinportenEnvironment.TEST).issuer("supplied-client-id").build();

        assertThat(tokens.tokenEndpoint()).hasToString("https://test.maskinporten.no/token");
        assertThat(tokens.issuer()).isEqualTo("supplied-client-id");
    }

    @Test
    void keyMaterialBesideASuppliedClientIsRefused() {
        MaskinportenTokenProvider.Builder both = MaskinportenTokenProvider.builder().maskinportenklient(klient())
                .keyAndCertificate(KEYS.keyPair.getPrivate(), KEYS.certificate);

        assertThatThrownBy(both::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maskinportenklient(...) or key material, not both");
    }
}
