package io.github.fiksclients.core;

import io.github.fiksclients.auth.MaskinportenTokenProvider;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A token endpoint on loopback that the real {@code maskinporten-client} talks to: it answers each grant as a script
 * says, and remembers the tokens it issued with their expiry, so an API stand-in can check them.
 */
final class LocalMaskinporten implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger grants = new AtomicInteger();
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();
    private volatile IntFunction<MockResponse> script = grant -> token(3600);

    LocalMaskinporten() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return script.apply(grants.incrementAndGet());
            }
        });
        server.start();
    }

    /** Answers grant number n (from 1) with {@code script.apply(n)}. */
    void script(IntFunction<MockResponse> script) {
        this.script = script;
    }

    /** A 200 answer with a new JWT-shaped token that expires after {@code expiresIn} seconds. */
    MockResponse token(int expiresIn) {
        Instant expiry = Instant.now().plusSeconds(expiresIn);
        String claims = "{\"iss\":\"local-maskinporten\",\"scope\":\"ks:fiks\",\"jti\":\"" + grants.get()
                + "\",\"exp\":" + expiry.getEpochSecond() + "}";
        String token = base64Url("{\"alg\":\"RS256\"}") + "." + base64Url(claims) + ".c2lnbmF0dXJl";
        issued.put(token, expiry);
        return answer(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"ks:fiks\"}");
    }

    static MockResponse answer(int status, String json) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(json).build();
    }

    /** Tells whether a bearer token was issued here and has not expired. */
    boolean isValid(String token) {
        Instant expiry = issued.get(token);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    int grants() {
        return grants.get();
    }

    /** A provider of tokens from this endpoint, signing with {@code key}. */
    MaskinportenTokenProvider provider(SigningKey key) {
        return MaskinportenTokenProvider.builder()
                .tokenEndpoint(server.url("/token").uri())
                .audience(server.url("/").toString())
                .issuer("local-client-id")
                .keyAndCertificate(key.keyPair().getPrivate(), key.certificate())
                .build();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }

    /** An RSA key with a self-signed certificate, as a virksomhetssertifikat; made once per test class. */
    record SigningKey(KeyPair keyPair, X509Certificate certificate) {

        static SigningKey generate() {
            try {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(2048);
                KeyPair keyPair = rsa.generateKeyPair();
                X500Name subject = new X500Name("CN=local-virksomhet");
                Instant now = Instant.now();
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                        new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(now.minusSeconds(3600)),
                                Date.from(now.plusSeconds(86_400)), subject, keyPair.getPublic())
                                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
                return new SigningKey(keyPair, certificate);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
