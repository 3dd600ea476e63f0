package io.github.fiksclients.codegen;

/**
 * The public base URL a spec's paths hang from, per Fiks environment; each ends with {@code /}.
 *
 * @param test the test environment's base URL
 * @param prod the production environment's base URL
 */
public record BaseUrls(String test, String prod) {
}
