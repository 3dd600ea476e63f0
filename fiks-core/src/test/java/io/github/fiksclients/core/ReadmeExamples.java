package io.github.fiksclients.core;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.MaskinportenEnvironment;
import io.github.fiksclients.auth.MaskinportenTokenProvider;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksForbiddenException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The code examples of the README, kept here so that they compile against the real API. They are not run (they
 * need real credentials); the behaviour they show is tested elsewhere in this module.
 */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    static FiksClient integrasjon(String integrasjonId, String integrasjonPassord, String keystorePassword) {
        // --- README: integrasjon ---
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder()
                .environment(MaskinportenEnvironment.TEST)
                .issuer("my-maskinporten-client-id")
                .pkcs12(Path.of("virksomhetssertifikat.p12"), Secret.of(keystorePassword), "virksomhet")
                .build();

        FiksClient fiks = FiksClient.builder()
                .environment(FiksEnvironment.TEST)
                .authentication(FiksAuthentication.integrasjon(integrasjonId, Secret.of(integrasjonPassord), tokens))
                .build();
        // --- end ---
        return fiks;
    }

    static FiksClient pemKeys() {
        // --- README: pem ---
        MaskinportenTokenProvider tokens = MaskinportenTokenProvider.builder()
                .environment(MaskinportenEnvironment.PROD)
                .issuer("my-maskinporten-client-id")
                .scopes("ks:fiks")
                .pem(Path.of("private-key.pem"), Path.of("certificate.pem"))
                .build();
        // --- end ---
        return FiksClient.builder().environment(FiksEnvironment.PROD)
                .authentication(FiksAuthentication.integrasjon("id", Secret.of("pw"), tokens)).build();
    }

    /** Where a web application keeps the logged-in citizen's ID-porten token. */
    interface CitizenSession {
        String idportenAccessToken();
    }

    static FiksClient person(FiksClient fiks, String integrasjonId, String integrasjonPassord, CitizenSession session) {
        // --- README: person ---
        FiksClient forCitizen = fiks.withAuthentication(FiksAuthentication.person(
                integrasjonId, Secret.of(integrasjonPassord), () -> Secret.of(session.idportenAccessToken())));
        // --- end ---
        return forCitizen;
    }

    static Request personTokenForOneRequest(FiksClient forCitizen, String idportenToken) {
        // --- README: person tag ---
        Request request = new Request.Builder()
                .url(forCitizen.baseUrl().orElseThrow().resolve("innsyn/api/v1/..."))
                .tag(PersonToken.class, PersonToken.of(idportenToken))
                .build();
        // --- end ---
        return request;
    }

    static FiksClient basic(String mottakerSystemId, String mottakerSystemPassord) {
        // --- README: basic ---
        FiksClient svarInn = FiksClient.builder()
                .environment(FiksEnvironment.PROD)
                .authentication(FiksAuthentication.basic(mottakerSystemId, Secret.of(mottakerSystemPassord)))
                .build();
        // --- end ---
        return svarInn;
    }

    static FiksClient options(FiksAuthentication authentication) {
        // --- README: options ---
        FiksClient fiks = FiksClient.builder()
                .environment(FiksEnvironment.PROD)
                .authentication(authentication)
                .connectTimeout(Duration.ofSeconds(5))      // default 10 s
                .readTimeout(Duration.ofMinutes(2))         // default 60 s
                .callTimeout(Duration.ofMinutes(10))        // default none
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(5)                     // default 3
                        .maxElapsed(Duration.ofMinutes(2))  // default 60 s
                        .build())
                .logLevel(HttpLogLevel.HEADERS)             // default NONE
                .userAgentSuffix("my-archive/2.1")
                .build();
        // --- end ---
        return fiks;
    }

    static Map<String, Object> errors(FiksClient fiks) {
        TestApi api = fiks.create(TestApi.class);
        // --- README: errors ---
        try {
            return api.list().execute();
        } catch (FiksForbiddenException e) {
            // e.g. errorCode INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX, details in e.fiksError().get().errorJsonAsMap()
            throw new IllegalStateException("Not authorized: " + e.errorCode() + " (errorId " + e.errorId() + ")", e);
        } catch (FiksHttpException e) {
            if (e.isRetryable()) {
                e.retryAfter().ifPresent(wait -> System.out.println("Fiks asks us to wait " + wait));
            }
            throw e;
        } catch (FiksTransportException e) {
            // timeout, connection reset, unknown host: the request may or may not have been processed
            throw e;
        } catch (FiksException e) {
            // any other Fiks failure, such as FiksAuthenticationException
            throw e;
        }
        // --- end ---
    }

    static void download(FiksClient fiks, Path target) throws IOException {
        // --- README: download ---
        Request request = new Request.Builder().url(fiks.baseUrl().orElseThrow().resolve("api/v1/forsendelser/1/fil")).build();
        try (Response response = fiks.execute(request);
                InputStream body = response.body().byteStream()) {
            Files.copy(body, target);
        }
        // --- end ---
    }

    static void restartedDownload(FiksClient fiks, RetryPolicy retryPolicy, Path target)
            throws IOException, InterruptedException {
        // --- README: restarted download ---
        Request request = new Request.Builder().url(fiks.baseUrl().orElseThrow().resolve("api/v1/forsendelser/1/fil")).build();
        RetryBudget budget = retryPolicy.newBudget();
        while (true) {
            try (Response response = fiks.execute(request);
                    InputStream body = response.body().byteStream()) {
                Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (IOException brokenOff) {
                // The body broke off: start again from the beginning, within the policy's attempts and time.
                Duration wait = budget.nextDelay(Optional.empty()).orElseThrow(() -> brokenOff);
                Thread.sleep(wait.toMillis());
            }
        }
        // --- end ---
    }
}
