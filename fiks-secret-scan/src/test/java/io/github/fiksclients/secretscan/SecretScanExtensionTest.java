package io.github.fiksclients.secretscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.slf4j.LoggerFactory;

/** Runs sample test classes the way the build runs every test class, and checks that the scan fails a leaking one. */
class SecretScanExtensionTest {

    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrcyJ9.c2ln";
    static final String MASKED = "«JWT, " + TOKEN.length() + " chars»";

    @Test
    void failsATestClassThatLogsAToken() {
        assertThat(failureOf(LogsAToken.class)).startsWith("Secret scan: " + LogsAToken.class.getName())
                .contains("JWT in log ", "test-log.txt line ", "Bearer " + MASKED)
                .doesNotContain(TOKEN);
    }

    @Test
    void failsATestClassThatPrintsAToken() {
        assertThat(failureOf(PrintsAToken.class)).contains("JWT in stdout line ").doesNotContain(TOKEN);
    }

    @Test
    void failsATestClassThatPutsATokenInACaughtExceptionMessage() {
        assertThat(failureOf(ThrowsAToken.class))
                .contains("JWT in exception messages (JFR jdk.JavaExceptionThrow) line ",
                        "java.lang.IllegalStateException: refused " + MASKED)
                .doesNotContain(TOKEN);
    }

    @Test
    void failsATestClassWhoseCapturedOutputHoldsAToken() {
        assertThat(failureOf(CapturesAToken.class)).contains("JWT in fiks demo stdout line 1").doesNotContain(TOKEN);
    }

    @Test
    void failsATestClassThatPrintsASecretItUsedThoughNoListHasIt() {
        assertThat(failureOf(PrintsASecretItWrapped.class))
                .contains("secret a test used in stdout line ", "IntegrasjonPassord er «secret a test used, ")
                .doesNotContain(PrintsASecretItWrapped.PASSORD);
    }

    @Test
    void failsATestClassThatPrintsTheCredentialOfABasicHeaderItUsed() {
        assertThat(failureOf(PrintsABasicCredentialItWrapped.class))
                .contains("secret a test used (Basic credential) in stdout line ")
                .doesNotContain(PrintsABasicCredentialItWrapped.CREDENTIAL);
    }

    @Test
    void leavesPublishedDemoCredentialsAloneAlthoughATestWrappedThem() {
        assertThat(run(PrintsADemoCredentialItWrapped.class).list()).isEmpty();
    }

    @Test
    void failsATestClassThatLogsATokenThroughJavaUtilLogging() {
        assertThat(failureOf(LogsATokenThroughJavaUtilLogging.class))
                .contains("JWT in log ", "FINE sample.jul [", "Bearer " + MASKED)
                .doesNotContain(TOKEN);
    }

    @Test
    void leavesOutNumberParsersThatEchoTheirInputAndDropIt() {
        assertThat(run(ParsesAToken.class).list()).isEmpty();
    }

    @Test
    void passesATestClassThatShowsNoSecret() {
        List<Event> failures = run(ShowsNoSecret.class).list();

        assertThat(failures).isEmpty();
    }

    private static String failureOf(Class<?> sample) {
        List<Event> failures = run(sample).list();
        assertThat(failures).hasSize(1);
        return failures.get(0).getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .orElseThrow().getMessage();
    }

    private static Events run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .selectors(selectClass(sample))
                .execute()
                .allEvents()
                .failed();
    }

    /** Logs a bearer token, as a careless HTTP log would. */
    static class LogsAToken {
        @Test
        void logs() {
            LoggerFactory.getLogger("sample").debug("Authorization: ██ (was Bearer {})", TOKEN);
        }
    }

    /** Prints a token on standard output. */
    static class PrintsAToken {
        @Test
        void prints() {
            System.out.println("token " + TOKEN);
        }
    }

    /** Makes an exception whose message holds a token, and catches it. */
    static class ThrowsAToken {
        @Test
        void throwsAndCatches() {
            try {
                throw new IllegalStateException("refused " + TOKEN);
            } catch (IllegalStateException expected) {
                assertThat(expected).isNotNull();
            }
        }
    }

    /** Tries to read a token as a number, as picocli does with every argument, and drops the exception. */
    static class ParsesAToken {
        @Test
        void parses() {
            assertThat(catchThrowable(() -> Long.decode(TOKEN))).isInstanceOf(NumberFormatException.class);
        }
    }

    /** Hands the scan a command's captured output. */
    static class CapturesAToken {
        @Test
        void captures() {
            CapturedOutput.add("fiks demo stdout", "export FIKS_PERSON_TOKEN='" + TOKEN + "'\n");
        }
    }

    /** Wraps a password as fiks-auth's {@code Secret.of} does (which tells the scan), then prints it. */
    static class PrintsASecretItWrapped {
        static final String PASSORD = "laert-passord-Qv71";

        @Test
        void wrapsAndPrints() {
            wrapAsSecret(PASSORD);
            System.out.println("IntegrasjonPassord er " + PASSORD);
        }
    }

    /** Wraps a Basic header value, as fiks-auth's BasicAuthentication does, then prints the credential alone. */
    static class PrintsABasicCredentialItWrapped {
        static final String CREDENTIAL = "bGFlcnQtbW90dGFrZXI6bGFlcnQtcHctS2Q0OA==";

        @Test
        void wrapsAndPrints() {
            wrapAsSecret("Basic " + CREDENTIAL);
            System.out.println("kopiert: " + CREDENTIAL);
        }
    }

    /** Wraps the simulator's published demo password, then prints it, as {@code fiks simulator} does. */
    static class PrintsADemoCredentialItWrapped {
        @Test
        void wrapsAndPrints() {
            wrapAsSecret("demo-svarinn-passord");
            System.out.println("export FIKS_SVARINN_PASSWORD=demo-svarinn-passord");
        }
    }

    /** Logs a bearer token through java.util.logging, as OkHttp and MockWebServer log. */
    static class LogsATokenThroughJavaUtilLogging {
        @Test
        void logs() {
            java.util.logging.Logger.getLogger("sample.jul").fine("Authorization: ██ (was Bearer " + TOKEN + ")");
        }
    }

    /**
     * Hands a value to the scan the way fiks-auth's {@code Secret.of} does (this module cannot depend on fiks-auth):
     * through the {@code java.util.function.Consumer} services of the scan's package.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void wrapAsSecret(String value) {
        List<Consumer<String>> observers = ServiceLoader.load(Consumer.class).stream()
                .filter(provider -> provider.type().getPackageName().equals("io.github.fiksclients.secretscan"))
                .map(provider -> (Consumer<String>) provider.get())
                .toList();
        assertThat(observers).hasSize(1);
        observers.forEach(observer -> observer.accept(value));
    }

    /** Logs, prints and throws nothing secret. */
    static class ShowsNoSecret {
        @Test
        void showsNothingSecret() {
            LoggerFactory.getLogger("sample").info("Authorization: ██");
            System.out.println("IntegrasjonId: 6b1f3c2e");
            assertThat(new IllegalArgumentException("no secret here")).hasMessage("no secret here");
        }
    }
}
