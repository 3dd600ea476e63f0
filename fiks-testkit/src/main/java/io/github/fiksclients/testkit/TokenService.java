package io.github.fiksclients.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and checks the simulator's own access tokens: Maskinporten-like tokens for organisations and
 * ID-porten-like tokens for persons, both RS256 JWTs signed with the simulator's key.
 */
final class TokenService {

    static final Duration MASKINPORTEN_LIFETIME = Duration.ofSeconds(120);
    static final Duration PERSON_LIFETIME = Duration.ofHours(1);
    static final String ACR_SUBSTANTIAL = "idporten-loa-substantial";
    static final String ACR_HIGH = "idporten-loa-high";

    private final KeyAndCertificate signingKey;
    private final String maskinportenIssuer;
    private final String idportenIssuer;
    private final String keyId = UUID.randomUUID().toString();

    TokenService(KeyAndCertificate signingKey, String maskinportenIssuer, String idportenIssuer) {
        this.signingKey = signingKey;
        this.maskinportenIssuer = maskinportenIssuer;
        this.idportenIssuer = idportenIssuer;
    }

    String maskinportenToken(String clientId, String orgnr, String scope) {
        JWTClaimsSet.Builder claims = base(maskinportenIssuer, MASKINPORTEN_LIFETIME)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", scope)
                .claim("token_type", "Bearer");
        if (orgnr != null) {
            claims.claim("client_orgno", orgnr);
        }
        return sign(claims.build());
    }

    String personToken(String pid, int sikkerhetsniva) {
        return sign(base(idportenIssuer, PERSON_LIFETIME)
                .subject(pid)
                .claim("pid", pid)
                .claim("acr", sikkerhetsniva >= 4 ? ACR_HIGH : ACR_SUBSTANTIAL)
                .build());
    }

    /** The claims of a Maskinporten token this simulator issued, if the bearer token is one and still valid. */
    Optional<JWTClaimsSet> verifyMaskinportenToken(String token) {
        return verify(token, maskinportenIssuer);
    }

    /** The claims of a person token this simulator issued, if the bearer token is one and still valid. */
    Optional<JWTClaimsSet> verifyPersonToken(String token) {
        return verify(token, idportenIssuer).filter(claims -> claims.getClaim("pid") instanceof String);
    }

    private JWTClaimsSet.Builder base(String issuer, Duration lifetime) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(signingKey.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private Optional<JWTClaimsSet> verify(String token, String issuer) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAPublicKey key = (RSAPublicKey) signingKey.certificate().getPublicKey();
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!issuer.equals(claims.getIssuer()) || expires == null || !expires.toInstant().isAfter(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
