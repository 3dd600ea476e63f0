package io.github.fiksclients.secretscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
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
