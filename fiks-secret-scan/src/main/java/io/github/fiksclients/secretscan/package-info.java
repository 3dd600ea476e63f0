/**
 * The project's secret scan, a test library: it collects everything the tests of one JVM make visible (all log
 * output at TRACE, SLF4J's and java.util.logging's, standard output and error, the message of every exception
 * thrown) and fails a test class whose share of it holds a password, token, Basic credential or private key, or
 * when it could not see all of it. It learns the secrets the tests use as fiks-auth wraps them
 * ({@link io.github.fiksclients.secretscan.LearnedSecrets}).
 *
 * <p>{@link io.github.fiksclients.secretscan.SecretScan} holds what counts as a secret;
 * {@link io.github.fiksclients.secretscan.SecretScanExtension} runs it after every test class.
 */
package io.github.fiksclients.secretscan;
