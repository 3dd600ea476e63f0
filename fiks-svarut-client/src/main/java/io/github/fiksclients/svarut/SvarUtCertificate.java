package io.github.fiksclients.svarut;

import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.errors.FiksException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * SvarUt's public certificate, which encrypted documents are encrypted to: the one the caller gave, or the one SvarUt
 * publishes at {@code /forsendelse/publickey/hent} on its own host (beside {@code /api/}), fetched when first needed
 * and kept for {@value #CACHE_HOURS} hours.
 */
final class SvarUtCertificate {

    static final int CACHE_HOURS = 24;
    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private final X509Certificate given;
    private final FiksClient fiks;
    private final HttpUrl url;
    private final Clock clock;
    private X509Certificate fetched;
    private Instant fetchedAt;

    SvarUtCertificate(X509Certificate given, FiksClient fiks, HttpUrl apiBaseUrl, Clock clock) {
        this.given = given;
        this.fiks = fiks;
        this.url = publicKeyUrl(apiBaseUrl);
        this.clock = clock;
    }

    /** Where SvarUt publishes its certificate, for an API base such as {@code https://svarut.ks.no/api/}. */
    static HttpUrl publicKeyUrl(HttpUrl apiBaseUrl) {
        return apiBaseUrl.resolve("../forsendelse/publickey/hent");
    }

    /** @return the URL the certificate is fetched from */
    HttpUrl url() {
        return url;
    }

    /**
     * The certificate to encrypt to.
     *
     * @throws FiksException if it has to be fetched and cannot be, or what SvarUt answers is not a certificate
     */
    synchronized X509Certificate get() {
        if (given != null) {
            return given;
        }
        Instant now = clock.instant();
        if (fetched == null || now.isAfter(fetchedAt.plus(Duration.ofHours(CACHE_HOURS)))) {
            fetched = fetch();
            fetchedAt = now;
        }
        return fetched;
    }

    private X509Certificate fetch() {
        Request request = new Request.Builder().url(url).get().build();
        byte[] bytes;
        try (Response response = fiks.execute(request); ResponseBody body = response.body()) {
            bytes = body.byteStream().readNBytes(MAX_CERTIFICATE_BYTES + 1);
        } catch (IOException e) {
            throw new FiksException("Cannot read SvarUt's certificate from " + url + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_CERTIFICATE_BYTES) {
            throw new FiksException("What " + url + " returns is larger than a certificate (over "
                    + MAX_CERTIFICATE_BYTES + " bytes)");
        }
        return parse(bytes, url.toString());
    }

    /**
     * Reads a certificate in PEM or DER.
     *
     * @throws FiksException naming the source if it is not one
     */
    static X509Certificate parse(byte[] bytes, String source) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw new FiksException("What " + source + " holds is not an X.509 certificate (PEM or DER): "
                    + e.getMessage(), e);
        }
    }
}
