package io.github.fiksclients.secretscan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a secret in test output, and the check: the one place the project says which passwords, tokens,
 * Basic credentials and private keys must never be printed.
 *
 * <p>The {@linkplain #standard() standard scan} looks for
 * <ul>
 *   <li>every literal secret listed in the resource {@value #SECRETS_RESOURCE} (passwords, tokens, keystore
 *       passwords), also Base64-encoded, and for each {@code basic id:password} line the Basic credential
 *       {@code Base64(id:password)};</li>
 *   <li>JWTs ({@code eyJ...}.{@code eyJ...}.{@code ...}): Maskinporten and ID-porten access tokens and grants;</li>
 *   <li>private keys: PEM {@code -----BEGIN ... PRIVATE KEY-----} blocks and the Base64 starts of RSA and EC keys
 *       in PKCS#8 and PKCS#1 DER;</li>
 *   <li>{@code Authorization}, {@code Proxy-Authorization} and {@code IntegrasjonPassord} headers with a value
 *       instead of the redaction marker {@value #REDACTED}: a credential of 8 or more characters, after the
 *       scheme ({@code Bearer}, {@code Basic}) if there is one.</li>
 * </ul>
 *
 * <p>The {@linkplain #current() current scan}, which the build runs after every test class, also looks for every
 * secret the tests of this JVM have used so far ({@link LearnedSecrets}: values wrapped in fiks-auth's
 * {@code Secret}, credentials registered in a simulator), also Base64-encoded. Values the resource lists as
 * {@code public <value>} (the simulator's published demo credentials) are never secrets.
 *
 * <p>A finding never shows the secret: each match on the line shown is replaced by the rule's name and length.
 */
public final class SecretScan {

    /** The classpath resource listing the literal secrets the tests use. */
    public static final String SECRETS_RESOURCE = "io/github/fiksclients/secretscan/test-secrets.txt";

    /** How the runtime's HTTP log shows a secret header's value (OkHttp's redaction). */
    public static final String REDACTED = "██";

    /**
     * The loggers the tests leave off, the only exception to "everything at TRACE": Apache HttpClient 5's wire and
     * header logs (inside maskinporten-client) print the Maskinporten grant and access token at DEBUG by design.
     * They are third-party loggers that users configure themselves; the README tells them to keep these off.
     */
    public static final Set<String> UNSCANNED_LOGGERS =
            Set.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

    /**
     * The exception messages the scan leaves out: those of a {@code NumberFormatException} from the JDK's number
     * parsers, which echo their input. picocli tries {@code Long.decode} on every command-line argument to see
     * whether it is a negative number, and drops the exception; so a URL with credentials given as an argument
     * would show up here although it is never printed. Such an exception that reaches a log or a stream is still
     * scanned there.
     */
    public static final Pattern UNSCANNED_EXCEPTION_MESSAGES =
            Pattern.compile("java\\.lang\\.NumberFormatException: For input string: .*", Pattern.DOTALL);

    private static final String FILE_NAME = SECRETS_RESOURCE.substring(SECRETS_RESOURCE.lastIndexOf('/') + 1);
    private static final int MAX_EXCERPT = 240;
    private static final String BASIC_PREFIX = "basic ";
    private static final String PUBLIC_PREFIX = "public ";
    private static final String BASIC_HEADER_PREFIX = "Basic ";
    private static final String LEARNED = "secret a test used";

    /** The values the resource lists as published: never secrets, even when a test wraps them as one. */
    static final Set<String> PUBLISHED_VALUES = listed(PUBLIC_PREFIX);

    private static final Set<String> LISTED_VALUES = listed("");
    private static final List<Rule> STANDARD_RULES = standardRules();

    private final List<Rule> rules;

    private SecretScan(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The scan the build runs: the listed test secrets and the patterns above.
     *
     * @return the scan
     */
    public static SecretScan standard() {
        return new SecretScan(STANDARD_RULES);
    }

    /**
     * The scan the build runs after each test class: the {@linkplain #standard() standard} one, and every secret the
     * tests of this JVM have used so far ({@link LearnedSecrets}), also Base64-encoded; for a learned
     * {@code Basic <credential>} header value, the credential alone too.
     *
     * @return the scan, for the secrets learned until now
     */
    public static SecretScan current() {
        List<Rule> rules = new ArrayList<>(STANDARD_RULES);
        for (String value : LearnedSecrets.values()) {
            if (LISTED_VALUES.contains(value)) {
                continue;
            }
            rules.addAll(literal(LEARNED, value));
            String credential = value.startsWith(BASIC_HEADER_PREFIX)
                    ? value.substring(BASIC_HEADER_PREFIX.length()) : "";
            if (credential.length() >= LearnedSecrets.MIN_LENGTH) {
                rules.add(new Rule(LEARNED + " (Basic credential)", Pattern.compile(Pattern.quote(credential))));
            }
        }
        return new SecretScan(rules);
    }

    private static List<Rule> standardRules() {
        List<Rule> rules = new ArrayList<>(literalRules(SECRETS_RESOURCE));
        rules.add(new Rule("JWT", Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")));
        rules.add(new Rule("PEM private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")));
        rules.add(new Rule("PKCS#8 RSA private key (Base64 DER)",
                Pattern.compile("MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAAS")));
        rules.add(new Rule("PKCS#1 RSA private key (Base64 DER)", Pattern.compile("MII[A-Za-z0-9+/]{3}IBAAKC")));
        rules.add(new Rule("PKCS#8 EC private key (Base64 DER)", Pattern.compile("MIG[A-Za-z0-9+/]AgEAMBMGByqGSM49AgE")));
        rules.add(new Rule("secret header not redacted", Pattern.compile("(?<![A-Za-z-])"
                + "(?:(?:Proxy-)?Authorization: (?:[A-Za-z]+ )?|IntegrasjonPassord: )[A-Za-z0-9._~+/=:-]{8,}")));
        return List.copyOf(rules);
    }

    /**
     * A scan for given literal values only, for tests of the scan itself.
     *
     * @param secrets the values, each at least 6 characters long
     * @return the scan
     */
    public static SecretScan of(List<String> secrets) {
        List<Rule> rules = new ArrayList<>();
        for (String secret : secrets) {
            rules.addAll(literal("secret #" + (rules.size() + 1), secret));
        }
        return new SecretScan(rules);
    }

    /**
     * Scans output for secrets.
     *
     * @param source where the output came from, named in each finding
     * @param firstLine the number of the text's first line within that source
     * @param text the output
     * @return what was found, in the order of the text; empty if nothing
     */
    public List<Finding> scan(String source, long firstLine, String text) {
        List<Finding> findings = new ArrayList<>();
        if (text.isEmpty()) {
            return findings;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                int lineStart = text.lastIndexOf('\n', matcher.start()) + 1;
                int lineEnd = text.indexOf('\n', matcher.start());
                String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                long lineNumber = firstLine + text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                findings.add(new Finding(rule.name(), source + " line " + lineNumber, mask(line)));
            }
        }
        return findings;
    }

    /**
     * Replaces every secret in a text by its rule's name and length.
     *
     * @param text the text
     * @return the text with nothing secret left in it, cut to at most 240 characters
     */
    public String mask(String text) {
        String masked = text;
        for (Rule rule : rules) {
            masked = rule.pattern().matcher(masked)
                    .replaceAll(match -> Matcher.quoteReplacement(
                            "«" + rule.name() + ", " + match.group().length() + " chars»"));
        }
        return masked.length() <= MAX_EXCERPT ? masked : masked.substring(0, MAX_EXCERPT) + "…";
    }

    private static List<Rule> literalRules(String resource) {
        List<Rule> rules = new ArrayList<>();
        List<String> lines = resourceLines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#") || line.startsWith(PUBLIC_PREFIX)) {
                continue;
            }
            rules.addAll(line.startsWith(BASIC_PREFIX)
                    ? basic("test Basic credential (" + FILE_NAME + " line " + number + ")",
                            line.substring(BASIC_PREFIX.length()))
                    : literal("test secret (" + FILE_NAME + " line " + number + ")", line));
        }
        return rules;
    }

    /** The values of the resource's lines that start with a prefix (the plain secrets for an empty prefix). */
    private static Set<String> listed(String prefix) {
        return resourceLines(SECRETS_RESOURCE).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .filter(line -> prefix.isEmpty()
                        ? !line.startsWith(BASIC_PREFIX) && !line.startsWith(PUBLIC_PREFIX)
                        : line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static List<String> resourceLines(String resource) {
        InputStream in = SecretScan.class.getClassLoader().getResourceAsStream(resource);
        Objects.requireNonNull(in, () -> "Missing resource " + resource);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rule> literal(String name, String secret) {
        if (secret.length() < 6) {
            throw new IllegalArgumentException(name + " is shorter than 6 characters and would match harmless text");
        }
        return List.of(new Rule(name, Pattern.compile(Pattern.quote(secret))),
                new Rule(name + " in Base64", Pattern.compile(Pattern.quote(base64(secret)))));
    }

    private static List<Rule> basic(String name, String idAndPassword) {
        int colon = idAndPassword.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(name + " is not id:password");
        }
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(name, Pattern.compile(Pattern.quote(base64(idAndPassword)))));
        String password = idAndPassword.substring(colon + 1);
        if (password.length() >= 6) {
            rules.addAll(literal(name + " password", password));
        }
        return rules;
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A named pattern for one kind of secret. */
    private record Rule(String name, Pattern pattern) {
    }
}
