package io.github.fiksclients.testkit;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The simulated Maskinporten: the clients it knows and the access tokens it issues. Get it from
 * {@link FiksSimulator#maskinporten()}.
 *
 * <p>Its token endpoint ({@link FiksSimulator#maskinportenTokenUrl()}) accepts a JWT grant
 * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}) whose RS256 signature verifies with the
 * certificate registered for its {@code iss}, whose {@code aud} is {@link FiksSimulator#maskinportenAudience()},
 * which has not expired and which asks for a {@code scope}. Any scope is granted. The access token is a JWT
 * signed by the simulator (claims {@code iss} = the audience, {@code client_id}, {@code sub}, {@code scope},
 * {@code client_orgno}, {@code iat}, {@code exp}), valid for 120 seconds; the simulated Fiks APIs accept it.
 */
public final class MaskinportenSimulator {

    private final Map<String, X509Certificate> clients = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final TokenService tokens;
    private final String audience;

    MaskinportenSimulator(TokenService tokens, String audience) {
        this.tokens = tokens;
        this.audience = audience;
    }

    /**
     * Registers a client, or replaces the certificate of one already registered.
     *
     * <p>Grants with this {@code iss} must be signed with the certificate's private key; if their header carries
     * {@code x5c}, its first certificate must be this one. A {@code kid} header is accepted as it is. The
     * organisation number in the tokens is the certificate subject's {@code SERIALNUMBER}, as in a
     * virksomhetssertifikat, if it has one.
     *
     * @param issuer the client id, the {@code iss} of the client's grants
     * @param certificate the client's certificate, holding an RSA public key
     */
    public void registerClient(String issuer, X509Certificate certificate) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(certificate, "certificate");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("The certificate must hold an RSA key, not "
                    + certificate.getPublicKey().getAlgorithm());
        }
        clients.put(issuer, certificate);
    }

    /**
     * Issues an access token to a registered client without the JWT grant, for tests that call the Fiks APIs
     * directly; it counts in {@link #tokensIssued()}.
     *
     * @param clientId a registered client id
     * @param scope the scope the token grants, such as {@code "ks:fiks"}
     * @return the access token, for an {@code Authorization: Bearer} header
     * @throws IllegalArgumentException if the client is not registered or the scope is blank
     */
    public String issueAccessToken(String clientId, String scope) {
        if (certificate(clientId).isEmpty()) {
            throw new IllegalArgumentException("No Maskinporten client is registered as " + clientId);
        }
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("scope must not be blank");
        }
        return grant(clientId, scope);
    }

    /**
     * Tells how many access tokens have been issued, through the token endpoint or
     * {@link #issueAccessToken(String, String)}; useful to check a client's token cache.
     *
     * @return the number of tokens issued since the simulator started
     */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    Optional<X509Certificate> certificate(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    String audience() {
        return audience;
    }

    String grant(String clientId, String scope) {
        String token = tokens.maskinportenToken(clientId, orgnr(clients.get(clientId)), scope);
        tokensIssued.incrementAndGet();
        return token;
    }

    private static String orgnr(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] serialNumbers = subject.getRDNs(BCStyle.SERIALNUMBER);
        return serialNumbers.length == 0 ? null
                : IETFUtils.valueToString(serialNumbers[0].getFirst().getValue());
    }
}
