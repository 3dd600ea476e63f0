package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Usage and configuration errors: exit code 2 and one line on stderr that names the problem. */
class ConfigurationErrorsTest extends AgainstTheSimulator {

    private static Path meldinger;

    private Map<String, String> variables;

    @BeforeAll
    static void writeMeldinger() throws IOException {
        meldinger = Files.writeString(keys.resolve("meldinger.jsonl"),
                meldingLine(UUID.randomUUID(), "01010111111", "En") + "\n");
    }

    @BeforeEach
    void variables() {
        variables = simulatorVariables();
        variables.put(Variables.PERSON_TOKEN, "a-person-token");
    }

    private CliRun run(String... args) {
        return CliRun.run(variables, args);
    }

    private static void assertUsageError(CliRun run, String expectedStart) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: " + expectedStart).hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> requiredVariables() {
        return Stream.of(
                Arguments.of(Variables.SVARINN_USER, List.of("svarinn", "receive", "--out", "inbox")),
                Arguments.of(Variables.SVARINN_PASSWORD, List.of("svarinn", "receive", "--out", "inbox")),
                Arguments.of(Variables.SVARINN_PRIVATE_KEY, List.of("svarinn", "receive", "--out", "inbox")),
                Arguments.of(Variables.SVARINN_PASSWORD, List.of("svarinn", "ack", "id")),
                Arguments.of(Variables.SVARINN_USER, List.of("svarinn", "fail", "id", "--reason", "x")),
                Arguments.of(Variables.INTEGRASJON_ID, List.of("innsyn", "index", "FILE")),
                Arguments.of(Variables.INTEGRASJON_PASSORD, List.of("innsyn", "index", "FILE")),
                Arguments.of(Variables.MASKINPORTEN_ISSUER, List.of("innsyn", "index", "FILE")),
                Arguments.of(Variables.INTEGRASJON_PASSORD, List.of("innsyn", "search", "vedtak")),
                Arguments.of(Variables.PERSON_TOKEN, List.of("innsyn", "search", "vedtak")));
    }

    @ParameterizedTest(name = "{1} without {0}")
    @MethodSource("requiredVariables")
    void aMissingVariableIsNamed(String variable, List<String> command) {
        variables.remove(variable);

        CliRun run = run(command.stream().map(arg -> arg.equals("FILE") ? meldinger.toString() : arg)
                .toArray(String[]::new));

        assertUsageError(run, variable + " is not set (");
    }

    @Test
    void receiveCreatesNothingWhenAVariableIsMissing(@TempDir Path inbox) {
        variables.remove(Variables.SVARINN_PASSWORD);

        CliRun run = run("svarinn", "receive", "--out", inbox.resolve("new").toString());

        assertUsageError(run, Variables.SVARINN_PASSWORD);
        assertThat(inbox.resolve("new")).doesNotExist();
    }

    @Test
    void aPrivateKeyFileThatDoesNotExistIsNamed() {
        variables.put(Variables.SVARINN_PRIVATE_KEY, keys.resolve("missing.pem").toString());

        assertUsageError(run("svarinn", "receive", "--out", "inbox"),
                Variables.SVARINN_PRIVATE_KEY + ": the file " + keys.resolve("missing.pem") + " does not exist");
    }

    @Test
    void aPrivateKeyFileThatIsNotPemIsNamed() throws IOException {
        Path notPem = Files.writeString(keys.resolve("not-a-key.pem"), "just text\n");
        variables.put(Variables.SVARINN_PRIVATE_KEY, notPem.toString());

        assertUsageError(run("svarinn", "receive", "--out", "inbox"), Variables.SVARINN_PRIVATE_KEY + ": ");
    }

    @Test
    void aMaskinportenCertificateThatCannotBeReadIsNamed() {
        variables.put(Variables.MASKINPORTEN_CERT, keys.toString());

        assertUsageError(run("innsyn", "index", meldinger.toString()),
                Variables.MASKINPORTEN_CERT + ": the file " + keys + " cannot be read");
    }

    @Test
    void aUrlThatIsNotAUrlIsRefused() {
        assertUsageError(run("svarinn", "ack", "id", "--url", "not a url"),
                "--url: The base URL is not an absolute http or https URL");
    }

    @Test
    void aUrlFromAVariableIsRefusedNamingTheVariable() {
        variables.put(Variables.INNSYN_URL, "http://fiks.example.org/");

        assertUsageError(run("innsyn", "search", "vedtak"), Variables.INNSYN_URL + ": Plain http is only allowed");
    }

    @Test
    void aUrlWithCredentialsIsRefusedWithoutShowingThem() {
        CliRun run = run("svarinn", "ack", "id", "--url", "https://mottaker:topphemmelig@svarut.example.org/");

        assertUsageError(run, "--url: The base URL must not contain credentials");
        assertThat(run.everything()).doesNotContain("topphemmelig");
    }

    @Test
    void aTokenUrlWithoutAudienceNamesTheMissingOne() {
        variables.remove(Variables.MASKINPORTEN_AUDIENCE);

        assertUsageError(run("innsyn", "index", meldinger.toString()), Variables.MASKINPORTEN_AUDIENCE
                + " is not set (needed with " + Variables.MASKINPORTEN_TOKEN_URL + ")");
    }

    @Test
    void aPlainHttpTokenUrlOffLoopbackIsRefusedNamingTheVariable() {
        variables.put(Variables.MASKINPORTEN_TOKEN_URL, "http://maskinporten.example.org/token");

        assertUsageError(run("innsyn", "index", meldinger.toString()), Variables.MASKINPORTEN_TOKEN_URL
                + ": A token endpoint over plain http is only allowed to a loopback host");
    }

    @Test
    void noMaskinportenKeyNamesBothWaysToGiveOne() {
        variables.remove(Variables.MASKINPORTEN_KEY);

        assertUsageError(run("innsyn", "index", meldinger.toString()), "Neither " + Variables.MASKINPORTEN_KEYSTORE
                + " nor " + Variables.MASKINPORTEN_KEY + " is set");
    }

    @Test
    void aKeystoreAndAPemKeyTogetherAreRefused() {
        variables.put(Variables.MASKINPORTEN_KEYSTORE, meldinger.toString());

        assertUsageError(run("innsyn", "index", meldinger.toString()),
                "Set either " + Variables.MASKINPORTEN_KEYSTORE + " or " + Variables.MASKINPORTEN_KEY + ", not both");
    }

    @Test
    void anUnknownEnvironmentVariableValueIsRefused() {
        variables.remove(Variables.SVARINN_URL);
        variables.put(Variables.ENV, "staging");

        assertUsageError(run("svarinn", "ack", "id"), Variables.ENV + " must be test or prod");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsWithHttp")
    void anUnknownHttpLogLevelIsRefusedNamingTheVariableAndTheLevels(List<String> command) {
        variables.put(Variables.HTTP_LOG_LEVEL, "LOUD");

        assertUsageError(run(command.stream().map(arg -> arg.equals("FILE") ? meldinger.toString() : arg)
                        .toArray(String[]::new)),
                Variables.HTTP_LOG_LEVEL + " must be one of [NONE, BASIC, HEADERS, BODY]");
    }

    static Stream<Arguments> commandsWithHttp() {
        return Stream.of(
                Arguments.of(List.of("svarinn", "receive", "--out", "inbox")),
                Arguments.of(List.of("svarinn", "ack", "id")),
                Arguments.of(List.of("innsyn", "index", "FILE")),
                Arguments.of(List.of("innsyn", "search", "vedtak")));
    }

    @Test
    void anUnknownEnvironmentOptionIsAUsageError() {
        CliRun run = run("svarinn", "ack", "id", "--env", "staging");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: Invalid value for option '--env'");
    }

    @Test
    void aMissingFileToIndexIsNamed() {
        assertUsageError(run("innsyn", "index", keys.resolve("nowhere.jsonl").toString()),
                keys.resolve("nowhere.jsonl") + " does not exist");
    }

    @Test
    void aBatchSizeOutOfRangeIsRefused() {
        assertUsageError(run("innsyn", "index", "--batch-size", "5001", meldinger.toString()),
                "--batch-size must be from 1 to 5000");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: Unmatched argument at index 0: 'frobnicate'")
                .contains("Try 'fiks --help'");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun run = run("svarinn", "recieve", "--out", "inbox");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'recieve'").contains("receive").contains("Try 'fiks svarinn --help'");
    }

    @Test
    void aGroupWithoutASubcommandIsAUsageError() {
        CliRun run = run("innsyn");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: Missing command: index or search");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun run = run("svarinn", "fail", "id");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("fiks: Missing required option: '--reason=TEXT'");
    }
}
