package io.github.fiksclients.testkit;

import com.google.gson.JsonObject;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** {@code POST /maskinporten/token}: checks a JWT grant and answers with an access token or an OAuth error. */
final class MaskinportenTokenEndpoint implements Endpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final MaskinportenSimulator maskinporten;

    MaskinportenTokenEndpoint(MaskinportenSimulator maskinporten) {
        this.maskinporten = maskinporten;
    }

    @Override
    public void handle(SimulatorExchange exchange) throws IOException {
        Map<String, List<String>> form = exchange.formBody();
        try {
            String grantType = first(form, "grant_type");
            if (!JWT_BEARER.equals(grantType)) {
                throw new GrantRefused("unsupported_grant_type", "grant_type must be " + JWT_BEARER);
            }
            String assertion = first(form, "assertion");
            if (assertion == null || assertion.isBlank()) {
                throw new GrantRefused("invalid_request", "The assertion parameter is missing");
            }
            JWTClaimsSet claims = verifiedClaims(assertion);
            String scope = stringClaim(claims, "scope");
            if (scope == null || scope.isBlank()) {
                throw new GrantRefused("invalid_scope", "The assertion asks for no scope");
            }
            JsonObject body = new JsonObject();
            body.addProperty("access_token", maskinporten.grant(claims.getIssuer(), scope));
            body.addProperty("token_type", "Bearer");
            body.addProperty("expires_in", TokenService.MASKINPORTEN_LIFETIME.toSeconds());
            body.addProperty("scope", scope);
            exchange.respondJson(200, body.toString());
        } catch (GrantRefused refused) {
            JsonObject body = new JsonObject();
            body.addProperty("error", refused.error);
            body.addProperty("error_description", refused.getMessage());
            exchange.respondJson(400, body.toString());
        }
    }

    private JWTClaimsSet verifiedClaims(String assertion) throws GrantRefused {
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new GrantRefused("invalid_grant", "The assertion must be signed with RS256");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String issuer = claims.getIssuer();
            X509Certificate registered = maskinporten.certificate(issuer).orElseThrow(() ->
                    new GrantRefused("invalid_grant", "No client is registered with iss " + issuer));
            checkX5c(jwt.getHeader().getX509CertChain(), registered, issuer);
            if (!jwt.verify(new RSASSAVerifier((RSAPublicKey) registered.getPublicKey()))) {
                throw new GrantRefused("invalid_grant",
                        "The assertion's signature does not verify with the certificate registered for " + issuer);
            }
            if (!audienceMatches(claims.getAudience())) {
                throw new GrantRefused("invalid_grant", "The assertion's aud must be " + maskinporten.audience());
            }
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(Instant.now())) {
                throw new GrantRefused("invalid_grant", "The assertion has no exp or has expired");
            }
            return claims;
        } catch (ParseException e) {
            throw new GrantRefused("invalid_grant", "The assertion is not a signed JWT");
        } catch (JOSEException e) {
            throw new GrantRefused("invalid_grant", "The assertion's signature cannot be checked: " + e.getMessage());
        }
    }

    private static void checkX5c(List<Base64> chain, X509Certificate registered, String issuer) throws GrantRefused {
        if (chain == null || chain.isEmpty()) {
            return;
        }
        try {
            if (!Arrays.equals(chain.get(0).decode(), registered.getEncoded())) {
                throw new GrantRefused("invalid_grant",
                        "The x5c certificate is not the one registered for " + issuer);
            }
        } catch (CertificateEncodingException e) {
            throw new GrantRefused("invalid_grant", "The registered certificate cannot be encoded");
        }
    }

    private boolean audienceMatches(List<String> audiences) {
        String expected = withoutTrailingSlash(maskinporten.audience());
        return audiences != null && audiences.stream().anyMatch(aud -> withoutTrailingSlash(aud).equals(expected));
    }

    private static String withoutTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) throws GrantRefused {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new GrantRefused("invalid_grant", "The claim " + name + " must be a string");
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A grant the endpoint refuses, with its OAuth error code. */
    private static final class GrantRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String error;

        private GrantRefused(String error, String description) {
            super(description);
            this.error = error;
        }
    }
}
