/**
 * The project's secret scan, a test library: it collects everything the tests of one JVM make visible (all log
 * output at TRACE, standard output and error, the message of every exception thrown) and fails a test class whose
 * share of it holds a password, token, Basic credential or private key.
 *
 * <p>{@link io.github.fiksclients.secretscan.SecretScan} holds what counts as a secret;
 * {@link io.github.fiksclients.secretscan.SecretScanExtension} runs it after every test class.
 */
package io.github.fiksclients.secretscan;
