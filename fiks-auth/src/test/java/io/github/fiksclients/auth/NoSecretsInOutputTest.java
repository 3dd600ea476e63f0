package io.github.fiksclients.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs authentication through success and failure and checks that no secret reached a message, trace or log. */
class NoSecretsInOutputTest {

    private static final String KEYSTORE_PASSWORD = "ks-pw-Zq81";
    private static final String PASSORD = "ip-pw-Xr52";
    private static final String PERSON_TOKEN = "person-tok-Wc93";
    private static final String BASIC_PASSWORD = "basic-pw-Vb74";

    @TempDir
    Path files;

    @Test
    void noSecretAppearsInMessagesTracesToStringsOrLogs() throws Exception {
        List<String> output = new ArrayList<>();
        TestKeys keys = TestKeys.generate("NoSecretsInOutputTest");
        Path keystore = keys.writePkcs12(files, KEYSTORE_PASSWORD);
        try (FakeMaskinporten maskinporten = new FakeMaskinporten(); ApiServer api = new ApiServer()) {
            MaskinportenTokenProvider tokens = maskinporten.provider(keys).build();
            FiksAuthentication integrasjon = FiksAuthentication.integrasjon("id-1", Secret.of(PASSORD), tokens);
            FiksAuthentication person = FiksAuthentication.person("id-1", Secret.of(PASSORD), () -> Secret.of(PERSON_TOKEN));
            FiksAuthentication basic = FiksAuthentication.basic("mottaker", Secret.of(BASIC_PASSWORD));
            for (FiksAuthentication authentication : List.of(integrasjon, person, basic)) {
                FiksAuthentication authenticated = authentication;
                api.get(authenticated, "/api/ok");
                output.add(authentication.toString());
            }
            output.add(tokens.toString());
            output.add(trace(catchThrowable(() -> MaskinportenTokenProvider.builder()
                    .tokenEndpoint(maskinporten.tokenEndpoint()).audience(maskinporten.audience()).issuer("c")
                    .pkcs12(keystore, Secret.of(KEYSTORE_PASSWORD + "-wrong"), TestKeys.ALIAS).build())));
            output.add(trace(catchThrowable(() -> api.get(
                    FiksAuthentication.person("id-1", Secret.of(PASSORD), () -> null), "/api/none"))));
            maskinporten.respondWith(n -> FakeMaskinporten.json(400, "{\"error\":\"invalid_grant\"}"));
            output.add(trace(catchThrowable(() -> api.get(FiksAuthentication.integrasjon(
                    "id-1", Secret.of(PASSORD), maskinporten.provider(keys).build()), "/api/refused"))));
            assertThat(maskinporten.issued).hasSize(1);
            output.add(Files.readString(Path.of("target/test-log.txt")));

            List<String> secrets = List.of(KEYSTORE_PASSWORD, PASSORD, PERSON_TOKEN, BASIC_PASSWORD,
                    Base64.getEncoder().encodeToString(("mottaker:" + BASIC_PASSWORD).getBytes()),
                    maskinporten.issued.get(0));
            assertThat(output).allSatisfy(text -> assertThat(text).doesNotContain(secrets));
            assertThat(String.join("\n", output)).contains("invalid_grant", "id-1", "was not sent");
        }
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
